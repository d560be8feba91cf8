// The tab's words. Code labels come from the bot's own catalogue (cards/i18n), bundled into
// the tab by esbuild: the catalogue is plain data with no server code, so both speak alike.
import { en } from '../../cards/i18n/en.js';
import { indicatorName } from '../../cards/i18n/indicator-labels.js';
import { sv } from '../../cards/i18n/sv.js';

export type Lang = 'sv' | 'en';

interface CodeLabels {
  sector: Record<string, string>;
  violence: Record<string, string>;
  age: Record<string, string>;
}

// Indicator codes write the bands with underscores (ga2.age.13_17, ga2.age.27_plus).
const ageKey = (band: string) => band.replace('-', '_').replace('+', '_plus');

function codeLabels(codes: typeof sv.codes | typeof en.codes): CodeLabels {
  return {
    sector: { ...codes.sector },
    violence: { ...codes.violence },
    age: Object.fromEntries(Object.entries(codes.ageBand).map(([band, label]) => [ageKey(band), label])),
  };
}

const CODES: Record<Lang, CodeLabels> = { sv: codeLabels(sv.codes), en: codeLabels(en.codes) };

const UI = {
  sv: {
    title: 'Statistik',
    subtitle: 'Konsultationer hos resurscentrum mot hedersrelaterat våld och förtryck',
    centre: 'Resurscentrum',
    allCentres: 'Alla resurscentrum',
    periodKind: 'Period',
    kindQuarter: 'Kvartal',
    kindYear: 'År',
    kindMonth: 'Månad',
    year: 'År',
    quarter: 'Kvartal',
    month: 'Månad',
    quarterN: (n: number) => `Kvartal ${n}`,
    months: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
    export: 'Ladda ner CSV',
    exporting: 'Skapar fil …',
    loading: 'Hämtar statistik …',
    hours: 'tim',
    bySector: 'Ärenden per sektor',
    byViolence: 'Våldsformer (andel av ärenden)',
    byAge: 'Ärenden per åldersgrupp',
    multiSelect: 'En fråga kan gälla flera former, så andelarna kan summera till mer än 100 %.',
    casesAxis: 'Antal ärenden',
    shareAxis: 'Andel av ärenden (%)',
    coverage: 'Kommuner som nåtts',
    coverageOf: (reached: number, area: number) => `${reached} av ${area} kommuner`,
    coverageNone: 'Kommuner utan någon konsultation under perioden:',
    coverageAll: 'Alla kommuner i området har haft minst en konsultation.',
    coverageUnnamed: (n: number) => `Ytterligare ${n} kommuner i området finns inte namngivna i källorna och kan inte kontrolleras.`,
    coverageNational: 'Täckning visas per resurscentrum.',
    coverageUnknown: 'Källorna anger inte vilka kommuner resurscentrumet täcker.',
    suppressedTitle: 'Dolda små tal',
    suppressedNote: 'Tal från 1 till 4 visas som ”<5” (och ibland ett tal till) så att ingen person kan pekas ut. De ritas inte i diagrammen:',
    exactNote: 'Du ser exakta tal för ditt eget resurscentrum. Tänk på att små tal kan peka ut personer om du delar dem vidare.',
    notComputable: 'Kan inte beräknas ännu:',
    standalone: 'Öppnad utanför Teams (lokalt läge).',
    ready: (period: string, scope: string) => `Statistik för ${period} visas (${scope}).`,
    exported: 'CSV-filen är skapad.',
    showTable: 'Visa som tabell',
    sectorColumn: 'Sektor',
    violenceColumn: 'Våldsform',
    ageColumn: 'Åldersgrupp',
    errors: {
      unknown_centre: 'Resurscentrumet finns inte. Välj ett annat.',
      invalid_period: 'Perioden går inte att visa. Välj en annan period.',
      unauthorized: 'Du är inte inloggad. Öppna fliken i Teams och försök igen.',
      unauthenticated: 'Du är inte inloggad. Öppna fliken i Teams och försök igen.',
      invalid_request: 'Urvalet går inte att visa. Välj resurscentrum och period igen.',
      forbidden: 'Du har inte behörighet att se statistiken för det här urvalet.',
      network: 'Kunde inte nå boten. Kontrollera anslutningen och försök igen.',
      generic: 'Något gick fel när statistiken skulle hämtas. Försök igen om en stund.',
      export: 'Kunde inte skapa filen. Försök igen.',
    } as Record<string, string>,
  },
  en: {
    title: 'Statistics',
    subtitle: 'Consultations at the resource centres against honour-related violence and oppression',
    centre: 'Resource centre',
    allCentres: 'All resource centres',
    periodKind: 'Period',
    kindQuarter: 'Quarter',
    kindYear: 'Year',
    kindMonth: 'Month',
    year: 'Year',
    quarter: 'Quarter',
    month: 'Month',
    quarterN: (n: number) => `Quarter ${n}`,
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    export: 'Download CSV',
    exporting: 'Creating file …',
    loading: 'Loading statistics …',
    hours: 'h',
    bySector: 'Cases by sector',
    byViolence: 'Forms of violence (share of cases)',
    byAge: 'Cases by age band',
    multiSelect: 'A question can concern several forms, so the shares can add up to more than 100 %.',
    casesAxis: 'Cases',
    shareAxis: 'Share of cases (%)',
    coverage: 'Municipalities reached',
    coverageOf: (reached: number, area: number) => `${reached} of ${area} municipalities`,
    coverageNone: 'Municipalities without any consultation in the period:',
    coverageAll: 'Every municipality of the area had at least one consultation.',
    coverageUnnamed: (n: number) => `${n} more municipalities of the area are not named in the sources and cannot be checked.`,
    coverageNational: 'Coverage is shown per resource centre.',
    coverageUnknown: 'The sources do not state which municipalities the centre covers.',
    suppressedTitle: 'Hidden small numbers',
    suppressedNote: 'Numbers from 1 to 4 are shown as "<5" (sometimes with one more) so that no one can be identified. They are not drawn in the charts:',
    exactNote: 'You see exact numbers for your own resource centre. Small numbers can identify people if you pass them on.',
    notComputable: 'Not computable yet:',
    standalone: 'Opened outside Teams (local mode).',
    ready: (period: string, scope: string) => `Statistics for ${period} shown (${scope}).`,
    exported: 'The CSV file has been created.',
    showTable: 'Show as table',
    sectorColumn: 'Sector',
    violenceColumn: 'Form of violence',
    ageColumn: 'Age band',
    errors: {
      unknown_centre: 'The resource centre does not exist. Choose another one.',
      invalid_period: 'The period cannot be shown. Choose another period.',
      unauthorized: 'You are not signed in. Open the tab in Teams and try again.',
      unauthenticated: 'You are not signed in. Open the tab in Teams and try again.',
      invalid_request: 'The selection cannot be shown. Choose the resource centre and period again.',
      forbidden: 'You are not allowed to see the statistics for this selection.',
      network: 'Could not reach the bot. Check the connection and try again.',
      generic: 'Something went wrong while loading the statistics. Try again in a while.',
      export: 'Could not create the file. Try again.',
    } as Record<string, string>,
  },
};

export type UiText = (typeof UI)['sv'];

export function ui(lang: Lang): UiText {
  return UI[lang];
}

/** The category of a breakdown cell: "ga2.sector.police" → "police", "ga2.violence.control.share" → "control". */
function category(indicator: string, group: string): string {
  if (indicator === 'ga1.self_referrals' || indicator === 'ga1.self_referrals.share') return 'self';
  return indicator.slice(group.length + 1).replace(/\.share$/, '');
}

/** A Swedish (or English) label for a cell of the sector, violence or age breakdown; the code when unknown. */
export function cellLabel(lang: Lang, group: string, indicator: string): string {
  const key = category(indicator, group);
  const table = group === 'ga2.sector' ? CODES[lang].sector : group === 'ga2.violence' ? CODES[lang].violence : group === 'ga2.age' ? CODES[lang].age : {};
  return table[key] ?? key;
}

/** Indicator names are the bot's (cards/i18n/indicator-labels.ts), so chat, tab and CSV agree. */
export function figureName(lang: Lang, indicator: string): string {
  return indicatorName(lang, indicator);
}
