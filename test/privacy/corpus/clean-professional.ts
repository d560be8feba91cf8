// Clean professional texts full of numbers that identify no one: law references, dates,
// times, weeks, school years, rooms, floors, road numbers, amounts, counts, case and
// organisation numbers, the public service numbers, meeting dates and places. Each text is
// two or three sentences drawn from the templates below with seeded values, so the set is
// large, varied and the same on every run. None of them may block. A data file: longer
// than the house limit on purpose.

import { seededRandom } from '../../helpers/seeded-random.js';
import { int, pad, pick, type Rand } from './draw.js';


const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
const PLACES = ['Barnahus', 'Stadshuset', 'Teams', 'Socialtjänsten', 'BUP', 'Origo', 'Länsstyrelsen', 'Polishuset', 'Kulturhuset', 'Region Skåne'];

/** Grouped in threes from the right, the way Swedish writes amounts: "1 250 000". */
const amount = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');

function slots(rand: Rand): Record<string, () => string> {
  const time = () => `${pad(int(rand, 7, 18))}${pick(rand, ['.', ':'])}${pad(int(rand, 0, 3) * 15)}`;
  return {
    date: () => `20${int(rand, 20, 27)}-${pad(int(rand, 1, 12))}-${pad(int(rand, 1, 28))}`,
    dotdate: () => `${pad(int(rand, 1, 28))}.${pad(int(rand, 1, 12))}.20${int(rand, 20, 27)}`,
    day: () => String(int(rand, 1, 28)),
    month: () => pick(rand, MONTHS),
    time,
    hour: () => String(int(rand, 8, 17)),
    week: () => String(int(rand, 1, 52)),
    grade: () => String(int(rand, 1, 9)),
    room: () => String(int(rand, 1, 450)),
    floor: () => String(int(rand, 1, 9)),
    road: () => String(pick(rand, [4, 6, 9, 13, 21, 23, 26, 27, 40, 44, 50, 56, 70, 73, 90, 97])),
    para: () => String(int(rand, 1, 12)),
    chapter: () => String(int(rand, 1, 29)),
    count: () => String(int(rand, 2, 60)),
    big: () => String(int(rand, 100, 999)),
    year: () => String(int(rand, 2015, 2026)),
    percent: () => String(int(rand, 1, 99)),
    amount: () => amount(int(rand, 5, 2000) * 50),
    big_amount: () => amount(int(rand, 100, 5000) * 1000),
    case: () => `${int(rand, 2019, 2026)}/${pad(int(rand, 1, 9999), 4)}`,
    sfs: () => `${int(rand, 1962, 2026)}:${int(rand, 1, 1500)}`,
    org: () => `${int(rand, 2, 9)}${int(rand, 2, 9)}${int(rand, 2, 9)}${pad(int(rand, 0, 999), 3)}-${pad(int(rand, 0, 9999), 4)}`,
    ocr: () => String(int(rand, 1, 9)) + Array.from({ length: 11 }, () => int(rand, 0, 9)).join(''),
    place: () => pick(rand, PLACES),
    page: () => String(int(rand, 2, 240)),
    age: () => String(int(rand, 2, 19)),
  };
}

const TEMPLATES = [
  'Anmälan gjordes enligt 14 kap. 1 § SoL den {date}.',
  'Vi diskuterade om {para} § LVU är tillämplig när familjen planerar en resa.',
  'Beslut om omedelbart omhändertagande enligt 6 § LVU fattades {date}.',
  'Utredningen enligt 11 kap. 1 § SoL inleddes vecka {week} och ska vara klar vecka {week}.',
  'Mötet hålls {date} kl. {time} i rum {room} på plan {floor}.',
  'Samverkansmötet är på plan {floor}, rum {room}, i stadshuset.',
  'Flickan går i årskurs {grade} och har {count} frånvarotimmar den här terminen.',
  'Eleven i åk {grade} har inte varit i skolan sedan vecka {week}.',
  'Familjen körde väg {road} mot kusten och sedan riksväg {road} hem.',
  'Ring 112 vid akut fara, 114 14 för att göra en polisanmälan och 1177 för sjukvårdsrådgivning.',
  'BRIS nås på 116 111 och Kvinnofridslinjen på 020-50 50 50, dygnet runt.',
  'Vid kris kan man ringa 113 13 för information.',
  'Ärende {case} gäller en konsultation om en familj i kommunen.',
  'Dnr {case} avser samverkansavtalet med regionen.',
  'Diarienummer KS {case} gäller utbildningsinsatsen.',
  'Organisationsnummer {org} tillhör leverantören av tolktjänsten.',
  'OCR-nummer {ocr} ska anges vid betalning.',
  'Kostnaden för placeringen är {amount} kr per dygn.',
  'Projektet hade en budget på {big_amount} kronor för {year}–{year}.',
  'Vi var {count} deltagare från {count} kommuner på nätverksträffen.',
  'Se kapitel {chapter} i handboken, sidan {page}.',
  'Mötet {date} kl {time}–{time} samlade {count} personer.',
  'Hon har varit frånvarande {percent} % av lektionerna under vecka {week}.',
  'Nätverksträffen på {place} {day} {month} samlade {count} deltagare.',
  'Vi ses på {place} {time} den {day} {month}.',
  'Vi ses vid {place} klockan {hour} på torsdag.',
  'Konsultationen tog {count} minuter och uppföljning sker om {count} veckor.',
  'Placeringen enligt {para} § LVU har pågått i {count} månader.',
  'Lagen finns i SFS {sfs} och förarbetena i prop. {year}/{count}:{big}.',
  'Statistiken för {year}–{year} visar {big} ärenden totalt.',
  'Hon pendlar {count} mil varje dag till gymnasiet.',
  'Riskbedömningen gav {count} av 20 riskfaktorer.',
  'Version {grade}.{grade} av rutinen gäller från {date}.',
  'Träff {grade} av {count} ställdes in på grund av sjukdom.',
  'Barnäktenskapsbrott regleras i 4 kap. 4 c § brottsbalken.',
  'Öppettider {time}–{time}, telefontid {time}–{time}.',
  'Flickan, {age} år, bor med mamman och {grade} syskon i åldrarna {age}, {age} och {age} år.',
  'Ärendet aktualiserades {date} och avslutades {date}.',
  'Tolken kostar {amount} kronor per timme plus resetillägg.',
  'Det var minus {count} grader när hon lämnades ute i {count} minuter.',
  'Hon har ringt {count} gånger under vecka {week}.',
  'LVU 2 §, 3 § och 6 § nämndes i utredningen.',
  'Årskurs {grade}–{grade} har {big} elever.',
  'Beslutet fattades {date} och kan överklagas inom {count} veckor.',
  '{count} av {count} kommuner i länet deltar, alltså {percent} procent.',
  'Konferensen {day}–{day} {month} samlade {big} personer.',
  'Tabell {grade} på sidan {page} visar fördelningen per sektor.',
  'Buss {big} går var {count}:e minut till skolan.',
  'Vi har haft {count} samtal med skolan sedan {day} {month}.',
  'Mellan {year} och {year} ökade ärendena med {percent} procent.',
  'Sekretess enligt 26 kap. 1 § OSL hindrar inte anmälan.',
  'Hon är född {year} och kom till Sverige {year}.',
  'Född i {month} {year}, enligt mamman.',
  'Enligt 5 kap. 11 § SoL ska socialnämnden verka för att brottsoffer får stöd.',
  'Uppföljningen är vecka {week}, därefter var {grade}:e vecka.',
  'Handläggaren har semester {day}–{day} {month}.',
  'Inkomsten är under {amount} kr per månad enligt uppgift.',
  'Vi rekommenderar {grade}–{grade} samtal per termin i årskurs {grade}.',
  'Kursen har {count} platser och kostar {amount} kronor.',
  'Mötet flyttades från kl {hour} till kl {hour} samma dag.',
  'Hon bor på ett HVB med {count} platser sedan {count} veckor.',
  'Utbildningen på {place} {day} {month} har {count} anmälda.',
  'Ta väg {road} mot kusten, sedan väg {road}.',
  'Vi tog upp frågan på Nätverksträff {grade} och på Stadshuset {floor}.',
  'Hon går på Komvux {grade} kvällar i veckan och byter buss vid Station {grade}.',
  'Perioden {dotdate}–{dotdate} omfattas av beslutet.',
  'Hon svarade på punkt tre, sedan två eller tre korta svar, fem av sex frågor.',
  'Skattningen gick från noll till tio; hon sa sju.',
  'Ring 112, 1177 eller 114 14; BRIS 116 111; Kvinnofridslinjen 020-50 50 50.',
];

/** At least 300 clean texts of two or three sentences each. */
export function cleanProfessionalTexts(seed = 1124, count = 360): string[] {
  const rand = seededRandom(seed);
  const fill = slots(rand);
  const texts: string[] = [];
  for (let i = 0; i < count; i++) {
    const sentences = Array.from({ length: int(rand, 2, 3) }, (_, k) => (k === 0 ? TEMPLATES[i % TEMPLATES.length]! : pick(rand, TEMPLATES)));
    texts.push(sentences.map((s) => s.replace(/\{(\w+)\}/g, (_, slot: string) => fill[slot]!())).join(' '));
  }
  return texts;
}
