// Issue #20: the forms an independent corpus got past the check, the obfuscations people
// use to get past filters, and the everyday numbers that must still pass. Each text is
// what a professional might really type; each assertion is whether it can be stored.
// Phone numbers are from PTS's ranges for fiction, identity numbers from the test series.
import { describe, expect, it } from 'vitest';
import { checkText } from '../../services/privacy/index.js';
import type { FindingKind } from '../../services/privacy/index.js';
import { testNumber } from './corpus/test-personnummer.js';

const blockingKinds = (text: string): FindingKind[] => [...new Set(checkText(text).blocking.map((f) => f.kind))];

const mother = testNumber('19850101', 981);

describe('the six identifying texts the independent corpus got through', () => {
  it.each<[string, FindingKind]>([
    ['Mammans mobil är 070.174.06.05, hon svarar oftast på kvällen.', 'phone_number'],
    ['Familjen bor på Fredsplan 7 sedan förra året.', 'street_address'],
    ['Flickan bor hos mostern på Kyrkbacka vägen 17.', 'street_address'],
    ['Pojken bor med pappan på Skogsbrynet 22 och har eget rum.', 'street_address'],
    ['Adressen är Ängsladen 14, ingång från gården.', 'street_address'],
    ['De bor i postnummerområdet 415 05 sedan flytten.', 'postcode'],
  ])('blocks %s', (text, kind) => {
    expect(blockingKinds(text)).toContain(kind);
  });
});

describe('the obfuscations people use to get past filters', () => {
  it.each<[string, FindingKind]>([
    ['Mammans nummer: 0 7 0 1 7 4 0 6 0 5', 'phone_number'],
    [`Pappans personnummer är ${mother.shortPlain.split('').join(' ')}.`, 'personal_identity_number'],
    ['Ring henne på noll sju noll, ett sju fyra, noll sex, noll fem.', 'phone_number'],
    ['Hennes nummer är noll sjuttio etthundrasjuttiofyra noll sex noll fem.', 'phone_number'],
    ['Mejla amina.h snabel-a example punkt se om ni vill nå henne.', 'email_address'],
    ['Kontakt: amina (at) example (dot) com', 'email_address'],
    ['Kontakt: amina [at] example [dot] org', 'email_address'],
    ['Skriv till amina punkt hassan at example punkt com så svarar hon.', 'email_address'],
    ['Hennes mejl är amina.h @ gmail . com enligt skolan.', 'email_address'],
    ['Hon sa åtta fem noll ett noll ett streck nio åtta ett sju.', 'personal_identity_number'],
    ['Ring plus fyrtiosex sjuttio etthundrasjuttiofyra noll sex noll fem.', 'phone_number'],
  ])('blocks %s', (text, kind) => {
    expect(blockingKinds(text)).toContain(kind);
  });
});

describe('obfuscated numbers: where one begins and ends, and which kind it is', () => {
  const spaced = (digits: string) => digits.split('').join(' ');
  const found = (text: string) => checkText(text).blocking.map((f) => [f.kind, text.slice(f.start, f.end)]);

  it('reads a spaced twelve-digit personnummer, and a spaced one with a bad checksum after its label', () => {
    expect(found(`Pnr ${spaced(mother.longPlain)}`)).toEqual([['personal_identity_number', spaced(mother.longPlain)]]);
    const typo = mother.shortPlain.slice(0, 9) + String((Number(mother.shortPlain[9]) + 1) % 10);
    expect(found(`Personnummer ${spaced(typo)}`)).toEqual([['personal_identity_number', spaced(typo)]]);
  });

  it('reads "bindestreck" as the dash of a personnummer read out', () => {
    const text = `Hon sa ${spaced(mother.shortPlain.slice(0, 6))} bindestreck ${spaced(mother.shortPlain.slice(6))}.`;
    expect(found(text)).toEqual([['personal_identity_number', text.slice(7, -1)]]);
  });

  it('lets "ring" decide a spaced number that is both a valid personnummer and a phone number', () => {
    expect(found('Ring 0 4 0 6 2 8 0 4 2 0')).toEqual([['phone_number', '0 4 0 6 2 8 0 4 2 0']]);
    expect(found('Nummer 0 4 0 6 2 8 0 4 2 0')).toEqual([['personal_identity_number', '0 4 0 6 2 8 0 4 2 0']]);
  });

  it('stops at the last digit of the number, not at the end of the run', () => {
    expect(found('Mobil 0 7 0 1 7 4 0 6 0 5 6 7 8 9')).toEqual([['phone_number', '0 7 0 1 7 4 0 6 0 5']]);
    expect(found('Mobil 070 1 7 4 0 6 0 5, tack')).toEqual([['phone_number', '070 1 7 4 0 6 0 5']]);
    expect(found('Mobil 0 7 0 - 1 7 4 - 0 6 - 0 5')).toEqual([['phone_number', '0 7 0 - 1 7 4 - 0 6 - 0 5']]);
  });

  it('reads number words in any case and with "hundra" alone', () => {
    expect(found('Mobil noll sjuttio ETTHUNDRASJUTTIOFYRA noll sex noll fem')).toEqual([['phone_number', 'noll sjuttio ETTHUNDRASJUTTIOFYRA noll sex noll fem']]);
    expect(found('Mobil noll sjuttio hundra noll sex noll fem')).toEqual([['phone_number', 'noll sjuttio hundra noll sex noll fem']]);
    expect(found('Mobil noll sju noll tjugoen fyrtiotre noll sex')).toEqual([['phone_number', 'noll sju noll tjugoen fyrtiotre noll sex']]);
    expect(found('Mobil noll sju noll elva trettiofem åttiotvå')).toEqual([['phone_number', 'noll sju noll elva trettiofem åttiotvå']]);
  });

  it('reads 0046 and +46 read out as the Swedish number, up to twelve digits', () => {
    expect(found('Ring noll noll fyrtiosex sjuttio etthundrasjuttiofyra noll sex noll fem.')).toEqual([
      ['phone_number', 'noll noll fyrtiosex sjuttio etthundrasjuttiofyra noll sex noll'],
    ]);
    expect(found('Ring +46 sjuttio etthundrasjuttiofyra noll sex noll fem.')).toEqual([['phone_number', '46 sjuttio etthundrasjuttiofyra noll sex noll fem']]);
  });

  it('finds an eight-digit landline read out, and a number of digit groups and words mixed', () => {
    expect(found('Hem noll sex ett ett, ett två tre fyra.')).toEqual([['phone_number', 'noll sex ett ett, ett två tre fyra']]);
    expect(found('Mobil noll sju noll 174 06 05')).toEqual([['phone_number', 'noll sju noll 174 06 05']]);
    expect(found('Mobil noll sjuttio 174 06 05')).toEqual([['phone_number', 'noll sjuttio 174 06 05']]);
    expect(found('Mobil 070 1 7 4 06 05')).toEqual([['phone_number', '070 1 7 4 06 05']]);
  });

  it('finds two numbers read out one after the other, and tells a personnummer from a phone number', () => {
    expect(found('noll sju noll ett sju fyra noll sex noll fem noll sju noll ett sju fyra noll sex noll fem')).toEqual([
      ['phone_number', 'noll sju noll ett sju fyra noll sex noll fem'],
      ['phone_number', 'noll sju noll ett sju fyra noll sex noll fem'],
    ]);
    expect(found(`Hon sa ${spaced(mother.shortPlain)}`)).toEqual([['personal_identity_number', spaced(mother.shortPlain)]]);
    expect(found(`Ring mamman, hennes nummer är ${spaced(mother.shortPlain)}`)).toEqual([['personal_identity_number', spaced(mother.shortPlain)]]);
    expect(found(`Hon sa ${spaced(mother.longPlain)}`)).toEqual([['personal_identity_number', spaced(mother.longPlain)]]);
  });

  it('does not take a spaced number with a wrong check digit, or an impossible date, for a personnummer', () => {
    const typo = mother.shortPlain.slice(0, 9) + String((Number(mother.shortPlain[9]) + 1) % 10);
    expect(found(`Han sa ${spaced(typo)}`).map(([kind]) => kind)).not.toContain('personal_identity_number');
    expect(found(`Pnr ${spaced('8513019812')}`)).toEqual([]);
  });

  it('reads hundreds in a personnummer read out in groups, so its checksum holds', () => {
    // 850101-9817 as "åttiofem noll ett noll ett niohundraåttioett sju".
    expect(found('Hon sa åttiofem noll ett noll ett niohundraåttioett sju.')).toEqual([
      ['personal_identity_number', 'åttiofem noll ett noll ett niohundraåttioett sju'],
    ]);
  });

  it('lets through business numbers, numbers too short to be anyone\'s, and counting down a scale', () => {
    expect(found('Ring Vårdguiden, noll sju sju ett, elva sjuttiosju noll noll.')).toEqual([]);
    expect(found('Nummer: 0 2 0 1 2 3 4 5 6')).toEqual([]);
    expect(found('Mobil noll sju noll ett sju fyra noll')).toEqual([]);
    expect(found('Skala 9 8 7 6 5 4 3 2 1 0 användes')).toEqual([]);
    expect(found('Ring plus fyrtiosex sjuttio etthundrasjuttiofyra noll.')).toEqual([]);
  });

  it('keeps numbers apart that only a colon or a wide gap separates, and joins those a short dash separates', () => {
    expect(found('Matcherna slutade 0:7, 0:1, 7:4, 0:6, 0:5 i turneringen.')).toEqual([]);
    expect(found('Mobil 0 7 0  --  1 7 4 0 6 0 5')).toEqual([['phone_number', '0 7 0  --  1 7 4 0 6 0 5']]);
    expect(found('Ring + fyrtiosex sjuttio etthundrasjuttiofyra noll sex noll fem.')).toEqual([
      ['phone_number', 'fyrtiosex sjuttio etthundrasjuttiofyra noll sex noll fem'],
    ]);
  });

  it('reads groups read out with semicolons between them as one number', () => {
    expect(found('Ring noll sju noll; ett sju fyra; noll sex; noll fem.')).toEqual([
      ['phone_number', 'noll sju noll; ett sju fyra; noll sex; noll fem'],
    ]);
    expect(found('Mobil 0;7;0;1;7;4;0;6;0;5')).toEqual([['phone_number', '0;7;0;1;7;4;0;6;0;5']]);
    expect(found(`Hon sa ${spaced(mother.shortPlain.slice(0, 6))}; ${spaced(mother.shortPlain.slice(6))}.`)).toEqual([
      ['personal_identity_number', `${spaced(mother.shortPlain.slice(0, 6))}; ${spaced(mother.shortPlain.slice(6))}`],
    ]);
  });

  it('reads a dash drawn long, spaced or not, as one dash between groups read out', () => {
    expect(found('Ring noll sju noll --- ett sju fyra --- noll sex --- noll fem.')).toEqual([
      ['phone_number', 'noll sju noll --- ett sju fyra --- noll sex --- noll fem'],
    ]);
    expect(found('Mobil 0 7 0 ------ 1 7 4 0 6 0 5')).toEqual([['phone_number', '0 7 0 ------ 1 7 4 0 6 0 5']]);
    expect(found('Mobil 0 7 0 - - - 1 7 4 0 6 0 5')).toEqual([['phone_number', '0 7 0 - - - 1 7 4 0 6 0 5']]);
    expect(found('Mobil 0 7 0 ——— 1 7 4 0 6 0 5')).toEqual([['phone_number', '0 7 0 ——— 1 7 4 0 6 0 5']]);
    expect(found('Hon sa åtta fem noll ett noll ett --- nio åtta ett sju.')).toEqual([
      ['personal_identity_number', 'åtta fem noll ett noll ett --- nio åtta ett sju'],
    ]);
  });

  it('still keeps apart groups that a wide gap or a colon separates, whatever the dashes', () => {
    expect(found('Mobil 0 7 0      1 7 4 0 6 0 5')).toEqual([]);
    expect(found('Mobil 0 7 0 --- :: --- 1 7 4 0 6 0 5')).toEqual([]);
    expect(found('Mobil 0 7 0 -- ;; -- 1 7 4 0 6 0 5')).toEqual([]);
  });
});

describe('phone numbers in every separator style', () => {
  it.each([
    '070.174.06.05',
    '070/174 06 05',
    '070 / 174 06 05',
    '(070) 174 06 05',
    '(070)-174.06.05',
    '070 - 174 06 05',
    '+46.70.174.06.05',
    '+46-70-174 06 05',
    '+46 (0) 70 174 06 05',
    '0046-70-174.06.05',
    '08.465.004.12',
    '031/390 06 45',
    '0980.319.233',
  ])('blocks %s', (phone) => {
    expect(blockingKinds(`Nås på ${phone} efter kl. 16.`)).toEqual(['phone_number']);
  });
});

describe('addresses by shape, postcodes wherever they stand', () => {
  it.each<[string, FindingKind]>([
    ['Hon har flyttat till Solrosen 3 B med mamman.', 'street_address'],
    ['Mamman flyttade till Kvarnholmen 8 i våras.', 'street_address'],
    ['Vi träffade henne utanför Kvarnholmen 8.', 'street_address'],
    ['Pappan väntade vid Tallbacken 12 efter skolan.', 'street_address'],
    ['Bor på Gamla vägen 17 lgh 1102.', 'street_address'],
    ['Hon bor i Lund 223 50 sedan i våras.', 'postcode'],
    ['Familjen kommer från 415 05-området i stan.', 'postcode'],
    ['Hon har flyttat till 415 05 nyligen.', 'postcode'],
  ])('blocks %s', (text, kind) => {
    expect(blockingKinds(text)).toContain(kind);
  });
});

describe('numbers that identify no one still pass', () => {
  it.each([
    'Mötet är på plan 3, rum 12, i stadshuset.',
    'Hon tog väg 40 mot Borås och riksväg 27 hem.',
    'Se kapitel 4 i handboken och bilaga 2.',
    'Flickan går i årskurs 9 och ska börja gymnasiet vecka 34.',
    'Beslut enligt LVU 2 § och SoL 11 kap. 1 §.',
    'Vi ses på Barnahus 14.30 den 3 december.',
    'Vi var på Socialtjänsten 12 personer från fyra verksamheter.',
    'Nätverksträffen på Teams 3 december samlade 24 deltagare.',
    'Ring 112 vid fara, 114 14 för polisen, 1177 för vård, BRIS 116 111.',
    'Öppettider 08.00–17.00, lunch 12.00–13.00, telefontid 08.30–09.15.',
    'Perioden 08.03.2024–05.04.2024, 01.02.2023–05.03.2023 och 07.08.2027–07.11.2027.',
    'Skattningen gav 0 1 2 3 4 5 6 7 8 9 på skalan, alltså inte användbar.',
    'Hon berättade på punkt tre att hon inte vågar gå hem.',
    'Vi tittar på det igen vid nästa möte, en eller två gånger till.',
    'Två eller tre samtal per vecka, fem av sex elever deltog.',
    'Skriv @Polisen i chatten eller se hedersfortryck punkt se.',
    'Ta väg 40 mot Borås och sedan väg 27.',
    'Vi pratade om det på Nätverksträff 4 och på Stadshuset 3 veckor senare.',
    'Hon går på Komvux 2 kvällar i veckan och möts vid Station 2.',
    'Mötet är på Stadshuset 3.',
    'Poäng per delprov: 3; 5; 2; 4; 1; 6; 2; 3 av 6 möjliga.',
    'Åldrar i gruppen: 0; 3; 7; 12 och 15 år.',
    'Tidslinje: 2019 --- 2021 --- 2023 --- 2025, tre flyttar.',
    'Skattning vecka 1 - - - 5: 2, 3, 3, 4, 5.',
  ])('lets %s through', (text) => {
    expect(checkText(text).blocking).toEqual([]);
  });
});
