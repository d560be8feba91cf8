// The directory as cards show it: the place choices, and the answer for a chosen place.
import { centreResultCard } from '../../cards/centre/centre-result.card.js';
import type { PlaceChoice } from '../../cards/centre/centre-search.card.js';
import type { AdaptiveCard } from '../../cards/types.js';
import type { DirectoryIndex } from '../../services/directory/lookup.js';
import type { TurnLanguage } from '../card-reply.js';

const COUNTY_VALUE = /^county:(\d{2})$/;

/** Municipalities first (what people look for), then counties, each as a ChoiceSet choice. */
export function placeChoices(index: DirectoryIndex, { counties = true } = {}): PlaceChoice[] {
  const municipalities = [...index.municipalities()].sort((a, b) => a.name.localeCompare(b.name, 'sv')).map((m) => ({ title: m.name, value: m.code }));
  if (!counties) return municipalities;
  return [...municipalities, ...index.counties().map((c) => ({ title: c.name, value: `county:${c.code}` }))];
}

/** The answer for a chosen code ("2584", "county:25") or for free text ("kirna"). */
export function answerPlace(index: DirectoryIndex, place: string, { messages }: TurnLanguage): AdaptiveCard {
  const countyCode = COUNTY_VALUE.exec(place)?.[1];
  const byCode = /^\d{4}$/.test(place) ? index.centresFor(place) : countyCode ? index.centresForCounty(countyCode) : null;
  const result = byCode ?? index.lookup(place).centres;
  const national = index.nationalFallback;
  if (result?.kind === 'municipality') return centreResultCard({ messages, kind: 'municipality', result, national });
  if (result?.kind === 'county') {
    const municipalityNames = Object.fromEntries(result.municipalityCodes.map((c) => [c, index.municipality(c)?.name ?? c]));
    return centreResultCard({ messages, kind: 'county', result, municipalityNames, national });
  }
  return centreResultCard({ messages, kind: 'notFound', query: place, suggestions: index.findPlace(place).suggestions });
}
