// Card actions for the directory: the search card, the answer, and administrators' corrections.
// Each handler parses its input, asks the directory service, and renders a card.
import { z } from 'zod';
import { centreEditCard, centrePickCard, formValuesOf, type CentreFormValues } from '../../cards/centre/centre-edit.card.js';
import { centreResultCard } from '../../cards/centre/centre-result.card.js';
import { centreSearchCard, type PlaceChoice } from '../../cards/centre/centre-search.card.js';
import { noticeCard } from '../../cards/notice.card.js';
import type { AdaptiveCard } from '../../cards/types.js';
import { VERBS } from '../../cards/verbs.js';
import type { DirectoryService } from '../../services/directory/directory-service.js';
import type { DirectoryIndex } from '../../services/directory/lookup.js';
import type { TurnLanguage } from '../card-reply.js';
import type { ActionHandler } from './action-request.js';

const COUNTY_VALUE = /^county:(\d{2})$/;
const lookupInput = z.object({ place: z.string().trim().min(1) });
const editInput = z.object({ centreId: z.string().min(1) });
const saveInput = z.object({ centreId: z.string().min(1), etag: z.string().optional() }).passthrough();

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

export function centreActions(directory: DirectoryService): Record<'centre.find' | 'centre.lookup' | 'centre.edit' | 'centre.save', ActionHandler> {
  const editCard = (r: Parameters<ActionHandler>[0], centreId: string, extra: { values?: CentreFormValues; etag?: string } & Pick<Parameters<typeof centreEditCard>[0], 'errors' | 'notice'>) => {
    const index = directory.current();
    const centre = index.centre(centreId);
    if (!centre) return noticeCard({ messages: r.messages, text: r.messages.centreEdit.unknownCentre });
    return centreEditCard({
      messages: r.messages,
      centre,
      etag: extra.etag,
      values: extra.values ?? formValuesOf(centre),
      municipalities: placeChoices(index, { counties: false }),
      errors: extra.errors,
      notice: extra.notice,
    });
  };

  return {
    [VERBS.centreFind]: async (r) => centreSearchCard({ messages: r.messages, places: placeChoices(directory.current()) }),

    [VERBS.centreLookup]: async (r) => {
      const input = lookupInput.safeParse(r.data);
      if (!input.success) {
        return centreSearchCard({ messages: r.messages, places: placeChoices(directory.current()), error: r.messages.centre.placeRequired });
      }
      return answerPlace(directory.current(), input.data.place, r);
    },

    [VERBS.centreEdit]: async (r) => {
      if (!directory.isAdmin(r.user.aadObjectId)) return noticeCard({ messages: r.messages, text: r.messages.centreEdit.onlyAdmins, tone: 'attention' });
      const input = editInput.safeParse(r.data);
      if (!input.success) {
        const centres = directory.current().centres.map((c) => ({ id: c.id, name: c.name }));
        return centrePickCard({ messages: r.messages, centres });
      }
      const editing = await directory.centreForEditing(input.data.centreId);
      return editCard(r, input.data.centreId, { etag: editing?.etag });
    },

    [VERBS.centreSave]: async (r) => {
      const input = saveInput.safeParse(r.data);
      if (!input.success) return noticeCard({ messages: r.messages, text: r.messages.common.unknownAction });
      const { centreId, etag } = input.data;
      const result = await directory.correctCentre(r.user.aadObjectId, centreId, r.data, etag);
      if (result.ok) return editCard(r, centreId, { etag: result.etag, notice: { text: r.messages.centreEdit.saved, tone: 'good' } });
      switch (result.reason) {
        case 'not_admin':
          return noticeCard({ messages: r.messages, text: r.messages.centreEdit.onlyAdmins, tone: 'attention' });
        case 'unknown_centre':
          return noticeCard({ messages: r.messages, text: r.messages.centreEdit.unknownCentre, tone: 'attention' });
        case 'changed_by_someone_else':
          return editCard(r, centreId, { etag: result.etag, notice: { text: r.messages.centreEdit.changedBySomeoneElse, tone: 'attention' } });
        case 'invalid':
          return editCard(r, centreId, { etag, values: typedValues(r.data), errors: result.errors });
      }
    },
  };
}

/** What the administrator typed, so an error loses nothing. */
function typedValues(data: Record<string, unknown>): CentreFormValues {
  const s = (k: string) => (typeof data[k] === 'string' ? (data[k] as string) : '');
  return {
    status: s('status'),
    phone: s('phone'),
    supportLine: s('supportLine'),
    email: s('email'),
    web: s('web'),
    coverage: s('coverage'),
    coverageNotStated: data.coverageNotStated === 'true' || data.coverageNotStated === true,
  };
}
