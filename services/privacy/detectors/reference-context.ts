// Labels that introduce a case, file, invoice or customer number. A number right after
// one of these is a reference, whatever digits it has, so the phone and postcode
// detectors leave it alone. (Personal identity numbers are still caught: their
// checksum decides, not the label.) "ärendet: 070-…" is not a label, "ärendenummer" is.
export const REFERENCE_CONTEXT =
  /(?<![\p{L}])(?:dnr|ocr|ref|id|orgnr|(?:diarie|ärende|referens|ocr|faktura|kund|org\.?|organisations|avi|order|id|löp)[ \u00a0-]?(?:nr|nummer|numret))\.?[\s.:#-]*$/iu;
