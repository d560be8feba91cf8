// Personnummer and samordningsnummer in the ways people write them: 6 or 8 date digits,
// then `-`, `+`, a space or nothing, then four digits (or a masked "XXXX").
//
// How sure we must be depends on the form. With a dash or plus the shape is the
// personnummer notation itself and a date-of-birth prefix is identifying even with a
// typo in the checksum, so a real date is enough. Bare digits (or a space) look like
// case, invoice and OCR numbers too, so those must pass the checksum, unless the words
// before say it is a personal identity number.

import { isValidPersonnummer } from '../personnummer.js';
import { precededBy } from '../text-context.js';
import type { Finding } from '../types.js';
import { isBirthDateDigits } from './dates.js';

const CANDIDATE =
  /(?<![\p{L}\p{N}\-+./])(\d{8}|\d{6})(?:([ \u00a0]?[-+\u2010\u2011\u2013\u2212][ \u00a0]?)|([ \u00a0]))?(\d{4}|\d{2}[xX*]{2}|[xX*]{4})(?![\p{L}\p{N}]|[-+]\d)/gu;

export const PIN_CONTEXT = /(?<![\p{L}])(person|samordnings|p)[-\s]?(nummer|numret|nr)(?![\p{L}])|(?<![\p{L}])(pnr|snr)(?![\p{L}])/iu;
export const PHONE_CONTEXT = /(?<![\p{L}])(tel|telefon|telefonnummer|tfn|mobil|mobilnummer|mobilnr|ring|ringde|ringer|sms)(?![\p{L}])/iu;

export function findPersonalIdentityNumbers(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const match of text.matchAll(CANDIDATE)) {
    // Stryker disable next-line StringLiteral: both groups always take part in a match; the defaults only satisfy the type checker.
    const [whole, date = '', dashOrPlus, space, suffix = ''] = match;
    const start = match.index;
    const masked = /[xX*]/.test(suffix);
    if (!isBirthDateDigits(date, true)) continue;

    const context = precededBy(text, start, PIN_CONTEXT, 40);
    let identified: boolean;
    // Stryker disable next-line ConditionalExpression: a masked suffix never passes the checksum, so the general branch decides it the same way.
    if (masked) {
      identified = dashOrPlus !== undefined || context;
    } else if (dashOrPlus !== undefined) {
      identified = true;
    } else {
      identified = isValidPersonnummer(date + suffix) || context;
      // A mobile number written as ten bare digits can pass the checksum by chance;
      // when the text calls it a phone number, leave it to the phone detector.
      const mobileShaped =
        date.startsWith('07') &&
        // Stryker disable next-line ConditionalExpression: an eight-digit date starts 19 or 20, never 07, so this check cannot change the outcome.
        date.length === 6;
      if (identified && !context && space === undefined && mobileShaped) {
        identified = !precededBy(text, start, PHONE_CONTEXT, 30);
      }
    }
    if (identified) findings.push({ kind: 'personal_identity_number', start, end: start + whole.length });
  }
  return findings;
}
