// The directory as cards show it: the place choices, and the answer for a chosen place.
import { centreResultCard, type ClosedNote } from '../../cards/centre/centre-result.card.js';
import type { PlaceChoice } from '../../cards/centre/centre-search.card.js';
import type { AdaptiveCard } from '../../cards/types.js';
import type { DirectoryIndex } from '../../services/directory/lookup.js';
import type { TurnLanguage } from '../card-reply.js';
import type { Locale } from '../../cards/i18n/catalogue.js';
import { closedAt, type ClosedPeriod } from '../../services/consultation/closed-periods.js';
import { formatLongDate } from '../format.js';

const COUNTY_VALUE = /^county:(\d{2})$/;

/** Municipalities first (what people look for), then counties, each as a ChoiceSet choice. */
export function placeChoices(index: DirectoryIndex, { counties = true } = {}): PlaceChoice[] {
  const municipalities = [...index.municipalities()].sort((a, b) => a.name.localeCompare(b.name, 'sv')).map((m) => ({ title: m.name, value: m.code }));
  if (!counties) return municipalities;
  return [...municipalities, ...index.counties().map((c) => ({ title: c.name, value: `county:${c.code}` }))];
}

/** The answer for a chosen code ("2584", "county:25") or for free text ("kirna"). */
export function answerPlace(index: DirectoryIndex, place: string, { messages }: TurnLanguage, closed: Readonly<Record<string, ClosedNote>> = {}): AdaptiveCard {
  const countyCode = COUNTY_VALUE.exec(place)?.[1];
  const byCode = /^\d{4}$/.test(place) ? index.centresFor(place) : countyCode ? index.centresForCounty(countyCode) : null;
  const result = byCode ?? index.lookup(place).centres;
  const national = index.nationalFallback;
  if (result?.kind === 'municipality') return centreResultCard({ messages, kind: 'municipality', result, national, closed });
  if (result?.kind === 'county') {
    const municipalityNames = Object.fromEntries(result.municipalityCodes.map((c) => [c, index.municipality(c)?.name ?? c]));
    return centreResultCard({ messages, kind: 'county', result, municipalityNames, national, closed });
  }
  return centreResultCard({ messages, kind: 'notFound', query: place, suggestions: index.findPlace(place).suggestions });
}

/** Each centre's closed period now or next (summer), as the centre card words it in the reader's language. */
export function closedNotes(periods: ReadonlyMap<string, ClosedPeriod>, now: Date, locale: Locale): Record<string, ClosedNote> {
  const notes: Record<string, ClosedNote> = {};
  for (const [rcId, period] of periods) {
    notes[rcId] = closedAt([period], now) ? { now: true, until: formatLongDate(period.to, locale) } : { now: false, from: formatLongDate(period.from, locale), to: formatLongDate(period.to, locale) };
  }
  return notes;
}

/** The answer for a place with each centre's closed period as of `now` (the bot's path; answerPlace is the pure card). */
export async function answerPlaceToday(
  index: DirectoryIndex,
  place: string,
  language: TurnLanguage,
  closures: { closedNowOrNext(): Promise<ReadonlyMap<string, ClosedPeriod>> },
  now: Date,
): Promise<AdaptiveCard> {
  return answerPlace(index, place, language, closedNotes(await closures.closedNowOrNext(), now, language.locale));
}
