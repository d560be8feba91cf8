// The answer to "which RC serves this place, and how do I reach it?", in one card.
import type { CountyCentres, MunicipalityCentres, NearbyCentre } from '../../services/directory/coverage.js';
import type { PlaceMatch } from '../../services/directory/place-search.js';
import type { NationalFallback } from '../../services/directory/schema.js';
import { executeAction } from '../actions.js';
import { adaptiveCard, heading, paragraph } from '../card.js';
import { fill, type Messages } from '../i18n/catalogue.js';
import type { AdaptiveCard, CardAction, CardElement } from '../types.js';
import { VERBS } from '../verbs.js';
import { centreFacts, nationalBlock, reachable } from './centre-facts.js';

/** A centre's closed period (summer) as the card says it: closed now until a day, or closed from–to ahead. */
export type ClosedNote = { now: true; until: string } | { now: false; from: string; to: string };
type ClosedNotes = Readonly<Record<string, ClosedNote>>;

export type CentreResultView =
  /** NCH is named whenever no centre covers the place, or the covering one cannot be reached or is closed. */
  | { messages: Messages; kind: 'municipality'; result: MunicipalityCentres; national: NationalFallback; closed?: ClosedNotes }
  | { messages: Messages; kind: 'county'; result: CountyCentres; municipalityNames: Record<string, string>; national: NationalFallback; closed?: ClosedNotes }
  | { messages: Messages; kind: 'notFound'; query: string; suggestions: PlaceMatch[] };

const section = (title: string, items: CardElement[]): CardElement => ({
  type: 'Container',
  spacing: 'medium',
  separator: true,
  items: [paragraph(title, { weight: 'bolder' }), ...items],
});

/** A centre outside the place's area and how far: to its nearest covered seat, or to its county's seat when its list is not known. */
function nearLine(m: Messages, n: NearbyCentre): CardElement {
  const distance = n.measuredTo === 'county_seat' ? fill(m.centre.distanceToCountySeat, { km: n.distanceKm, seat: n.viaName }) : fill(m.centre.distance, { km: n.distanceKm });
  return paragraph(`• ${n.centre.name}: ${distance}`);
}

function closedLine(m: Messages, note: ClosedNote | undefined): CardElement[] {
  if (!note) return [];
  const text = note.now ? fill(m.centre.closedNow, { until: note.until }) : fill(m.centre.closedSoon, { from: note.from, to: note.to });
  return [paragraph(text, { color: note.now ? 'attention' : 'default', size: 'small', weight: note.now ? 'bolder' : 'default' })];
}

function municipalityBody(m: Messages, r: MunicipalityCentres, closed: ClosedNotes = {}): { body: CardElement[]; actions: CardAction[] } {
  const place = r.municipality.name;
  const body: CardElement[] = [heading(fill(m.centre.resultTitle, { place }))];
  const actions: CardAction[] = [];
  for (const { centre, participation, coverageOrigin } of r.covering) {
    body.push(section(centre.name, [
      centreFacts(m, centre),
      ...closedLine(m, closed[centre.id]),
      ...(participation === 'not_participating' ? [paragraph(fill(m.centre.notParticipating, { place }), { isSubtle: true, size: 'small' })] : []),
      ...(coverageOrigin === 'external' ? [paragraph(m.centre.externalCoverage, { isSubtle: true, size: 'small' })] : []),
      ...(reachable(centre.channels) ? [] : [paragraph(m.centre.noChannels, { size: 'small' })]),
    ]));
    if (centre.services.includes('consultation')) {
      const title = r.covering.length > 1 ? `${m.centre.requestConsultation}: ${centre.name}` : m.centre.requestConsultation;
      actions.push(executeAction(title, VERBS.consultationStart, { municipality: r.municipality.code, centreId: centre.id }));
    }
  }
  if (r.covering.length === 0) {
    body.push(paragraph(fill(m.centre.noCentreHere, { place }), { weight: 'bolder' }));
    if (r.possible.length > 0) {
      body.push(section(fill(m.centre.possible, { place }), r.possible.map((p) => paragraph(`• ${p.centre.name}`))));
    }
    if (r.nearest.length > 0) {
      body.push(section(m.centre.nearest, r.nearest.map((n) => nearLine(m, n))));
    }
  }
  return { body, actions };
}

function countyBody(m: Messages, r: CountyCentres, names: Record<string, string>, closed: ClosedNotes = {}): CardElement[] {
  const body: CardElement[] = [heading(fill(m.centre.countyResultTitle, { place: r.county.name }))];
  const covered = r.municipalityCodes.length - r.uncoveredMunicipalityCodes.length;
  body.push(paragraph(fill(m.centre.countyCovered, { count: covered, total: r.municipalityCodes.length })));
  for (const { centre } of r.centres) body.push(section(centre.name, [centreFacts(m, centre), ...closedLine(m, closed[centre.id])]));
  if (r.uncoveredMunicipalityCodes.length > 0) {
    const list = r.uncoveredMunicipalityCodes.map((c) => names[c] ?? c).join(', ');
    body.push(paragraph(fill(m.centre.countyUncovered, { names: list }), { size: 'small', isSubtle: true }));
  }
  if (r.nearest.length > 0) {
    body.push(section(m.centre.nearest, r.nearest.map((n) => nearLine(m, n))));
  }
  return body;
}

function related(m: Messages, r: MunicipalityCentres | CountyCentres, national: NationalFallback | null): CardElement[] {
  const out: CardElement[] = [];
  if (r.upcoming.length > 0) {
    out.push(section(m.centre.upcoming, r.upcoming.map((c) => paragraph(`• ${tagged(c.name, m.centre.statusNames[c.status])}`))));
  }
  if (r.outsideProgramme.length > 0) {
    out.push(section(m.centre.outsideProgramme, r.outsideProgramme.map((c) => paragraph(`• ${c.name}`, { size: 'small' }))));
  }
  const nch = r.nationalFallback ?? national;
  if (nch) out.push(nationalBlock(m, nch));
  return out;
}

export function centreResultCard(view: CentreResultView): AdaptiveCard {
  const m = view.messages;
  const again = executeAction(m.centre.searchAgain, VERBS.centreFind, {}, { associatedInputs: 'none' });
  if (view.kind === 'notFound') {
    // Never an empty answer: say what was not found and offer the closest places as buttons.
    return adaptiveCard(
      [
        heading(m.centre.searchTitle),
        paragraph(fill(m.centre.notFound, { query: view.query }), { color: 'attention' }),
        paragraph(m.centre.didYouMean),
        {
          type: 'ActionSet',
          actions: view.suggestions.map((s) =>
            executeAction(s.name, VERBS.centreLookup, { place: s.kind === 'municipality' ? s.code : `county:${s.code}` }, { associatedInputs: 'none' }),
          ),
        },
      ],
      [again],
      { fallbackText: fill(m.centre.notFound, { query: view.query }) },
    );
  }
  if (view.kind === 'county') {
    return adaptiveCard([...countyBody(m, view.result, view.municipalityNames, view.closed), ...related(m, view.result, view.national)], [again], {
      fallbackText: fill(m.centre.countyResultTitle, { place: view.result.county.name }),
    });
  }
  const { body, actions } = municipalityBody(m, view.result, view.closed);
  // While a covering centre is closed, NCH's national support is where to turn: shown as for one that cannot be reached.
  const unreachable = view.result.covering.some(({ centre }) => !reachable(centre.channels) || view.closed?.[centre.id]?.now === true);
  return adaptiveCard([...body, ...related(m, view.result, unreachable ? view.national : null), paragraph(m.common.emergency, { size: 'small', isSubtle: true })], [...actions, again], {
    fallbackText: fill(m.centre.resultTitle, { place: view.result.municipality.name }),
  });
}

/** "Name (förstudie)", unless the directory's name already says so: "Resurscentrum Skaraborg (förstudie)". */
function tagged(name: string, tag: string): string {
  return name.toLocaleLowerCase('sv').includes(`(${tag.toLocaleLowerCase('sv')})`) ? name : `${name} (${tag})`;
}
