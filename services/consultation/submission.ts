// A professional's consultation request as the card sends it, checked field by field before
// anything is stored: the codes, the RC that covers the municipality, and the question
// through the identifier check.

import type { DirectoryIndex } from '../directory/lookup.js';
import { consultingCentresFor, readCaseFields, type CaseFields } from './case-fields.js';
import { affirmation, collect, fail, freeText, ok, optionalUuid, rawText, toggle, type Parsed, type RawInput, type Reading } from './fields.js';

export const SUBMISSION_FIELDS = [
  'municipality',
  'sector',
  'gender',
  'ageBand',
  'violence',
  'perpetrators',
  'questionType',
  'urgent',
  'question',
  'deidentified',
  'rcId',
  'confirmWarnings',
  'submissionKey',
] as const;
export type SubmissionField = (typeof SUBMISSION_FIELDS)[number];

export interface Submission extends CaseFields {
  /** The RC that will handle it, derived from the municipality (or chosen among several). */
  rcId: string;
  question: string;
  /** Card-carried uuid that makes resubmitting the same card store one record. */
  submissionKey: string | null;
}

export type SubmissionParse = Parsed<Submission, SubmissionField>;

export function parseSubmission(raw: RawInput, directory: DirectoryIndex): SubmissionParse {
  const confirmWarnings = toggle(raw, 'confirmWarnings');
  const fields = readCaseFields(raw, directory);
  const { municipality, rcId } = coveringCentre(raw, directory, fields.municipality);
  // Copied onto `{}` rather than spread first: see record-draft.ts.
  const parsed = collect(
    Object.assign({}, fields, {
      municipality,
      rcId,
      question: freeText(raw, 'question', { required: true, confirmed: confirmWarnings.ok && confirmWarnings.value }),
      deidentified: affirmation(raw, 'deidentified'),
      confirmWarnings,
      submissionKey: optionalUuid(raw, 'submissionKey'),
    }),
  );
  if (!parsed.ok) return parsed;
  const { deidentified: _promised, confirmWarnings: _confirmed, ...submission } = parsed.value;
  return { ok: true, value: submission };
}

/** One centre → that one; several → the card's `rcId` must name one of them; none → NCH. */
function coveringCentre(
  raw: RawInput,
  directory: DirectoryIndex,
  municipality: Reading<string>,
): { municipality: Reading<string>; rcId: Reading<string> } {
  // Without a municipality there is nothing to choose among, so rcId has no error of its own.
  if (!municipality.ok) return { municipality, rcId: ok('') };
  const centres = consultingCentresFor(directory, municipality.value) ?? [];
  if (centres.length === 0) return { municipality: fail('no_centre_for_municipality'), rcId: ok('') };
  const [only] = centres;
  if (only && centres.length === 1) return { municipality, rcId: ok(only.id) };
  const chosen = rawText(raw, 'rcId');
  const match = centres.find((centre) => centre.id === chosen);
  return { municipality, rcId: match ? ok(match.id) : fail('choose_centre') };
}
