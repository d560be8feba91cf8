// Generated variations: every written form of each identifier at the start, in the
// middle and at the end of a sentence, next to brackets, commas, colons and full
// stops; and numbers that must never be taken for identifiers. Seeded, so every run
// checks the same texts.

import type { FindingKind } from '../../../services/privacy/types.js';
import type { IdentifyingSample } from './identifying.js';
import { luhnCheckDigit, testNumber } from './test-personnummer.js';
import { seededRandom as random } from '../../helpers/seeded-random.js';
import { pad } from './draw.js';


/** Where the identifier goes: {x} is replaced by it. */
const FRAMES = [
  '{x} är uppgiften vi fått från skolan.',
  'Gäller {x}, enligt anmälan.',
  'Uppgift i ärendet: {x}',
  'Vi har fått in uppgiften ({x}) via elevhälsan.',
  'Mamman uppger {x}; pappan förnekar allt.',
  'Skolan skickade {x}.',
  '"{x}" stod på lappen.',
  'Kuratorn noterade:{x}',
];


function personnummerForms(rand: () => number): string[] {
  const year = 1930 + Math.floor(rand() * 90);
  const month = 1 + Math.floor(rand() * 12);
  const day = 1 + Math.floor(rand() * 28);
  const serial = 980 + Math.floor(rand() * 20);
  const n = testNumber(`${year}${pad(month)}${pad(day)}`, serial, { coordination: rand() < 0.25 });
  return [n.long, n.longPlain, n.short, n.shortPlain, n.shortSpaced];
}

const PHONE_FORMS = [
  '070-174 06 {a}', '0701740{b}', '070 174 06 {a}', '+46 70 174 06 {a}', '+4670174 06 {a}', '0046 70 174 06 {a}',
  '08-465 004 {a}', '08 465 004 {a}', '(08) 465 004 {a}', '031-390 06 {a}', '031 390 06 {a}', '040-628 04 {a}',
  '0980-319 2{a}', '+46 31 390 06 {a}',
];

const FIXED: readonly [FindingKind, readonly string[]][] = [
  ['email_address', ['flicka.15@example.com', 'pappa-h@example.org', 'k.b@mail.example.net', 'elev123@skola.example.se']],
  ['street_address', ['Storgatan 12', 'Kungsvägen 3B', 'Ringvägen 45 lgh 1102', 'Björkallén 7', 'Kyrkogatan 4 A', 'Hamngränd 9']],
  ['postcode', ['SE-413 19', '211 45 Malmö', '97234 Luleå', '352 30 Växjö']],
  ['exact_date_of_birth', ['född 3 maj 2009', 'f. 2009-05-03', 'född den 14 september 2011', 'födelsedatum 2007-02-28']],
];

export function identifyingVariants(seed = 20261124): IdentifyingSample[] {
  const rand = random(seed);
  const samples: IdentifyingSample[] = [];
  const frame = (i: number) => FRAMES[i % FRAMES.length]!;
  for (let i = 0; i < 16; i++) {
    for (const form of personnummerForms(rand)) {
      samples.push({ text: frame(samples.length).replace('{x}', form), expect: ['personal_identity_number'] });
    }
  }
  for (const form of PHONE_FORMS) {
    for (let k = 0; k < 3; k++) {
      const last = 5 + Math.floor(rand() * 94);
      const number = form.replace('{a}', pad(last)).replace('{b}', pad(last, 3));
      samples.push({ text: frame(samples.length).replace('{x}', number), expect: ['phone_number'] });
    }
  }
  for (const [kind, forms] of FIXED) {
    for (const form of forms) {
      for (let k = 0; k < 3; k++) samples.push({ text: frame(samples.length + k * 3).replace('{x}', form), expect: [kind] });
    }
  }
  return samples;
}

/**
 * Ten or twelve bare digits that fail the personnummer checksum: either a random
 * number or one that starts with a real birth date, the hardest kind to tell apart.
 * A leading zero would make it phone-shaped (0701234567), which is flagged by design.
 */
function wrongChecksumNumber(rand: () => number, kind: number): string {
  const digit = () => Math.floor(rand() * 10);
  const date = `${pad(10 + Math.floor(rand() * 90))}${pad(1 + Math.floor(rand() * 12))}${pad(1 + Math.floor(rand() * 28))}`;
  const nine = kind === 0 ? String(1 + Math.floor(rand() * 9)) + Array.from({ length: 8 }, digit).join('') : date + `${digit()}${digit()}${digit()}`;
  const wrong = (luhnCheckDigit(nine) + 1 + Math.floor(rand() * 9)) % 10;
  return (kind === 2 ? '19' : '') + nine + String(wrong);
}

const NUMBER_FRAMES = [
  'Ärendet har nummer {n} i systemet.',
  'Fakturan {n} gäller tolkkostnader.',
  '{n} är numret på beslutet.',
  'Se bilaga {n}.',
  'Vi har fått {n} kronor i bidrag.',
  'Mötet är {d} kl. {t}.',
  'Under {y} hade vi {c} ärenden.',
  'Åldersgruppen {c}–{c2} år är störst.',
  'Se {c} kap. {c2} § SoL och {c} § LVU.',
  'Ring 112 eller 114 14; sjukvårdsrådgivning 1177.',
  'Beslutet fattades {d} och gäller i {c} månader.',
  'Rapporten visar {c} av {c2} kommuner, {p} %.',
];

/** Texts full of numbers that are not identifiers. */
export function cleanNumberVariants(seed = 4711, count = 150): string[] {
  const rand = random(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const texts: string[] = [];
  for (let i = 0; i < count; i++) {
    const date = `20${int(20, 27)}-${pad(int(1, 12))}-${pad(int(1, 28))}`;
    texts.push(
      NUMBER_FRAMES[i % NUMBER_FRAMES.length]!
        .replace('{n}', i % 4 === 3 ? String(int(1000, 99999)) : wrongChecksumNumber(rand, i % 4))
        .replace('{d}', date)
        .replace('{t}', `${pad(int(8, 17))}:${pad(int(0, 3) * 15)}`)
        .replace('{y}', String(int(2015, 2026)))
        .replaceAll('{c}', String(int(1, 60)))
        .replace('{c2}', String(int(1, 99)))
        .replace('{p}', String(int(1, 100))),
    );
  }
  return texts;
}
