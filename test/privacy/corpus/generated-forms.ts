// Generated identifying texts for the forms of issue #20: phone numbers in every separator
// style, postcodes wherever they stand, addresses known only by their place in the sentence,
// and the obfuscations (spaced digits, numbers in words, dodged e-mail addresses). Seeded,
// hundreds per kind, each sample labelled with its form so the report can say which form a
// miss belongs to. Phone numbers are from PTS's ranges for fiction; identity numbers from the
// test series (test-personnummer.ts); names and streets are invented. A data file: longer
// than the house limit on purpose.

import type { BlockingKind } from '../../../services/privacy/types.js';
import { seededRandom } from '../../helpers/seeded-random.js';
import { int, pad, pick, type Rand } from './draw.js';
import { testNumber } from './test-personnummer.js';

export interface FormSample {
  text: string;
  kind: BlockingKind;
  /** Which written form, e.g. "phone: dots". */
  form: string;
}


// ---- Phone numbers -------------------------------------------------------------------

/** Area code and subscriber groups of a fictional number, e.g. ['070', '174', '06', '05']. */
function fictionalPhone(rand: Rand): string[] {
  const n = int(rand, 0, 99);
  return pick(rand, [
    () => ['070', '174', '06', pad(Math.max(5, n))],
    () => ['08', '465', '004', pad(n)],
    () => ['031', '390', '06', pad(n)],
    () => ['040', '628', '04', pad(n)],
    () => ['0980', '319', String(200 + n)],
  ])();
}

const PHONE_STYLES: readonly [string, (g: string[]) => string][] = [
  ['dashes and spaces', ([a, ...r]) => `${a}-${r.join(' ')}`],
  ['compact', (g) => g.join('')],
  ['spaces', (g) => g.join(' ')],
  ['dots', (g) => g.join('.')],
  ['slash', ([a, ...r]) => `${a}/${r.join(' ')}`],
  ['spaced slash', ([a, ...r]) => `${a} / ${r.join(' ')}`],
  ['brackets', ([a, ...r]) => `(${a}) ${r.join(' ')}`],
  ['brackets and dots', ([a, ...r]) => `(${a})${r.join('.')}`],
  ['all dashes', (g) => g.join('-')],
  ['spaced dash', ([a, ...r]) => `${a} - ${r.join(' ')}`],
  ['mixed dash and dots', ([a, ...r]) => `${a}-${r.join('.')}`],
  ['mixed slash and dashes', ([a, ...r]) => `${a}/${r.join('-')}`],
  ['+46 spaces', ([a, ...r]) => `+46 ${a!.slice(1)} ${r.join(' ')}`],
  ['+46 dots', ([a, ...r]) => `+46.${a!.slice(1)}.${r.join('.')}`],
  ['+46 dashes', ([a, ...r]) => `+46-${a!.slice(1)}-${r.join(' ')}`],
  ['+46 (0)', ([a, ...r]) => `+46 (0)${a!.slice(1)}-${r.join(' ')}`],
  ['0046', ([a, ...r]) => `0046 ${a!.slice(1)} ${r.join(' ')}`],
  ['0046 mixed', ([a, ...r]) => `0046-${a!.slice(1)}-${r.join('.')}`],
];

// ---- Numbers in words and spaced digits ---------------------------------------------------

const DIGIT_WORDS = ['noll', 'ett', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio'];
const TEEN_WORDS = ['tio', 'elva', 'tolv', 'tretton', 'fjorton', 'femton', 'sexton', 'sjutton', 'arton', 'nitton'];
const TEN_WORDS = ['', '', 'tjugo', 'trettio', 'fyrtio', 'femtio', 'sextio', 'sjuttio', 'åttio', 'nittio'];

/** "07" → "noll sju"; "45" → "fyrtiofem"; "174" → "etthundrasjuttiofyra". */
function groupInWords(group: string, asNumber: boolean): string {
  if (!asNumber || group.startsWith('0') || group.length > 3) return group.split('').map((d) => DIGIT_WORDS[Number(d)]).join(' ');
  const n = Number(group);
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const tens = rest < 10 ? DIGIT_WORDS[rest]! : rest < 20 ? TEEN_WORDS[rest - 10]! : TEN_WORDS[Math.floor(rest / 10)]! + (rest % 10 ? DIGIT_WORDS[rest % 10] : '');
  const head = hundreds > 0 ? `${hundreds === 1 ? 'ett' : DIGIT_WORDS[hundreds]}hundra` : '';
  return head + (rest === 0 && hundreds > 0 ? '' : tens);
}

const spacedDigits = (groups: string[], between: string) => groups.join('').split('').join(between);
const inWords = (groups: string[], asNumbers: boolean, joiner: string) => groups.map((g) => groupInWords(g, asNumbers)).join(joiner);

// ---- Identity numbers ---------------------------------------------------------------------

function identityGroups(rand: Rand): { short: string; long: string } {
  const year = int(rand, 1940, 2015);
  const n = testNumber(`${year}${pad(int(rand, 1, 12))}${pad(int(rand, 1, 28))}`, int(rand, 980, 999), { coordination: rand() < 0.2 });
  return { short: n.shortPlain, long: n.longPlain };
}

const pairs = (digits: string) => digits.match(/\d{2}/g)!;

// ---- E-mail addresses ---------------------------------------------------------------------

const LOCALS = [['amina'], ['amina', 'h'], ['rojin'], ['k', 'b'], ['flicka15'], ['pappa', 'hassan'], ['elev123'], ['mamma', 'y']];
const DOMAINS = [['example', 'com'], ['example', 'se'], ['mail', 'example', 'org'], ['skola', 'example', 'nu'], ['gmail', 'com'], ['hotmail', 'se']];
const ATS = ['@', ' @ ', '(at)', ' (at) ', '[at]', ' [at] ', ' at ', ' snabel-a ', ' (snabel-a) ', '{at}'];
const DOTS = ['.', ' . ', '(dot)', ' (dot) ', '[dot]', ' punkt ', ' dot ', ' (punkt) '];

// ---- Addresses ----------------------------------------------------------------------------

const SHAPE_NAMES = [
  'Skogsbrynet', 'Ängsladen', 'Solrosen', 'Kvarnholmen', 'Björkhagen', 'Ryttargården', 'Lärkträdet', 'Ekdungen',
  'Vallmon', 'Klövern', 'Sjöhagen', 'Tallmon', 'Fiskartorpet', 'Kastanjen', 'Rönnbäret', 'Lindängen', 'Åkerbrynet',
  'Hagtornet', 'Svanen', 'Måsen', 'Fredsplan', 'Järntorgsplan', 'Kyrkplan', 'Stationsplan', 'Bergsladen', 'Mossen',
];
const TWO_WORD_NAMES = ['Kyrkbacka vägen', 'Gamla vägen', 'Norra Kvarn gatan', 'Lilla Ek gränd', 'Sjöviks backe', 'Lindholms allé', 'Tuna torget', 'Östra Hamn gatan'];
const HOUSES = ['22', '7', '14B', '3 B', '118', '9, lgh 1102', '41 lgh 1203', '5 uppg. B', '12, 2 tr', '2A'];
const SHAPE_FRAMES = [
  'Familjen bor på {a} sedan i höstas.',
  'Vi träffade pappan utanför {a} i går.',
  'Mamman väntade vid {a} efter skolan.',
  'Adressen är {a}, enligt skolan.',
  'Adress: {a}',
  'Hon har flyttat till {a} med mamman.',
  'De bodde på {a} tidigare, nu vet vi inte.',
  'Hembesök gjordes på {a}.',
];

// ---- Postcodes ----------------------------------------------------------------------------

const TOWNS = ['Malmö', 'Växjö', 'Luleå', 'Lund', 'Borås', 'Kiruna', 'Umeå', 'Gävle', 'Örebro', 'Västerås', 'Eskilstuna', 'Trollhättan'];

function postcode(rand: Rand): [string, string] {
  for (;;) {
    const first = String(int(rand, 100, 989));
    const second = pad(int(rand, 0, 99));
    if (!['11414', '11313', '11611', '11600'].includes(first + second)) return [first, second];
  }
}

const POSTCODE_FORMS: readonly [string, (p: [string, string], town: string) => string][] = [
  ['spaced, alone', ([a, b]) => `Familjen har flyttat till ${a} ${b} nyligen.`],
  ['in a compound word', ([a, b]) => `De bor i postnummerområdet ${a}${b} sedan flytten.`],
  ['spaced in a compound word', ([a, b]) => `De bor i postnummerområdet ${a} ${b} sedan flytten.`],
  ['before a town', ([a, b], t) => `Mamman bor i ${a}${b} ${t} med barnen.`],
  ['after a town', ([a, b], t) => `Mamman bor i ${t} ${a}${b} med barnen.`],
  ['spaced before a town', ([a, b], t) => `Skickat till ${a} ${b} ${t}.`],
  ['after a lower-case town', ([a, b], t) => `bor i ${t.toLowerCase()} ${a}${b} enligt henne`],
  ['before a compound', ([a, b]) => `Familjen kommer från ${a}${b}-området.`],
  ['after postnumret är', ([a, b]) => `Postnumret är ${a}${b}, resten vet vi inte.`],
  ['SE prefix', ([a, b], t) => `SE-${a} ${b} ${t}`],
];

// ---- All of it ----------------------------------------------------------------------------

const FRAMES = ['Ring {x} efter kl. 16.', 'Mammans nummer: {x}', 'Hon nås på {x}, helst på kvällen.', '{x} är pappans nummer.', 'Kontakt ({x}) via skolan.'];

export function generatedForms(seed = 20261201, perForm = 20): FormSample[] {
  const rand = seededRandom(seed);
  const samples: FormSample[] = [];
  const frame = () => pick(rand, FRAMES);
  const add = (kind: BlockingKind, form: string, text: string) => samples.push({ kind, form, text });
  for (let i = 0; i < perForm; i++) {
    for (const [style, write] of PHONE_STYLES) add('phone_number', `phone: ${style}`, frame().replace('{x}', write(fictionalPhone(rand))));
    const phone = fictionalPhone(rand);
    add('phone_number', 'phone: digits spaced one by one', frame().replace('{x}', spacedDigits(phone, pick(rand, [' ', ' ', '-', '.']))));
    add('phone_number', 'phone: digits in words', `Ring henne på ${inWords(phone, false, pick(rand, [' ', ', ']))}.`);
    add('phone_number', 'phone: groups in words', `Hennes nummer är ${inWords(phone, true, pick(rand, [' ', ', ']))}.`);
    // These two draw nothing from `rand`, so every other sample stays the same.
    add('phone_number', 'phone: groups in words, semicolons between', `Ring henne på ${inWords(phone, false, '; ')}.`);
    add('phone_number', 'phone: groups in words, a long dash between', `Hennes nummer är ${inWords(phone, false, ' --- ')}.`);
    const [area, ...rest] = phone;
    add('phone_number', 'phone: "plus fyrtiosex" in words', `Ring plus fyrtiosex ${inWords([area!.slice(1), ...rest], true, ' ')}.`);
    for (let k = 0; k < 3; k++) {
      const pin = identityGroups(rand);
      add('personal_identity_number', 'personnummer: digits spaced one by one', `Pappans nummer är ${spacedDigits([pin.short], ' ')}.`);
      add('personal_identity_number', 'personnummer: twelve digits spaced', `Uppgiften: ${spacedDigits([pin.long], pick(rand, [' ', ' ', '.', '-']))}`);
      add('personal_identity_number', 'personnummer: digits in words', `Hon sa ${inWords([pin.short], false, ' ')} när vi frågade.`);
      add('personal_identity_number', 'personnummer: pairs in words', `Han uppgav ${inWords(pairs(pin.short), true, ' ')}.`);
      const [date, last] = [pin.short.slice(0, 6), pin.short.slice(6)];
      add('personal_identity_number', 'personnummer: in words with "streck"', `Hon sa ${inWords([date], false, ' ')} streck ${inWords([last], false, ' ')}.`);
      add('personal_identity_number', 'personnummer: spaced, a long dash for the dash', `Hon sa ${spacedDigits([date], ' ')} ---- ${spacedDigits([last], ' ')}.`);
    }
    for (const at of ATS) {
      const dot = pick(rand, DOTS);
      const address = pick(rand, LOCALS).join(pick(rand, ['.', dot])) + at + pick(rand, DOMAINS).join(dot);
      const text = pick(rand, ['Mejla {x} om ni vill nå henne.', 'Kontakt: {x}', 'Hennes mejl är {x} enligt skolan.', '{x} är mammans adress.']);
      add('email_address', `e-mail: "${at.trim()}"`, text.replace('{x}', address));
      add('email_address', `e-mail: every dot as "${dot.trim()}"`, text.replace('{x}', pick(rand, LOCALS).join(dot) + at + pick(rand, DOMAINS).join(dot)));
    }
    for (let k = 0; k < 4; k++) {
      const house = pick(rand, HOUSES);
      add('street_address', 'address: name with no street ending', pick(rand, SHAPE_FRAMES).replace('{a}', `${pick(rand, SHAPE_NAMES)} ${house}`));
      add('street_address', 'address: two words, street word apart', pick(rand, SHAPE_FRAMES).replace('{a}', `${pick(rand, TWO_WORD_NAMES)} ${house}`));
      add('street_address', 'address: lower-case street word, no place word', `${pick(rand, TWO_WORD_NAMES)} ${house} är deras adress.`);
    }
    const code = postcode(rand);
    const town = pick(rand, TOWNS);
    for (const [form, write] of POSTCODE_FORMS) add('postcode', `postcode: ${form}`, write(postcode(rand), town));
    add('postcode', 'postcode: spaced, mid-sentence', `Hon bor i ${code[0]} ${code[1]} och går i skolan där.`);
  }
  return samples;
}
