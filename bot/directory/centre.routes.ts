// The directory: the search card and its answer for everyone; administrators' corrections
// (DirectoryService refuses anyone else).
import { z } from 'zod';
import { centreEditCard, centrePickCard, formValuesOf, type CentreFormValues } from '../../cards/centre/centre-edit.card.js';
import { centreSearchCard } from '../../cards/centre/centre-search.card.js';
import { nationalEditCard, nationalValuesOf } from '../../cards/centre/national-edit.card.js';
import { VERBS } from '../../cards/verbs.js';
import { CORRECTION_INPUTS } from '../../services/directory/centre-correction.js';
import type { DirectoryService } from '../../services/directory/directory-service.js';
import { administers } from '../../services/rights/actor.js';
import type { AdaptiveCard } from '../../cards/types.js';
import { route, type ActionContext, type Route } from '../actions/action-request.js';
import { cardId, formSchema } from '../actions/form-input.js';
import { refusalCard, refusalNotice } from '../refusals.js';
import { answerPlace, placeChoices } from './place-choices.js';

type Verbs = 'centre.find' | 'centre.lookup' | 'centre.pick' | 'centre.edit.open' | 'centre.save' | 'centre.nch.edit.open' | 'centre.nch.save';

const saveSchema = z.object({ centreId: cardId, etag: z.string().optional() }).extend(formSchema(CORRECTION_INPUTS).shape);
const nchSaveSchema = z.object({ etag: z.string().optional() }).extend(formSchema(['supportLine', 'email', 'web'] as const).shape);

export function centreRoutes(directory: DirectoryService, answer: (place: string, a: ActionContext) => Promise<AdaptiveCard> = async (place, a) => answerPlace(directory.current(), place, a)): Record<Verbs, Route> {
  const nchName = () => `${directory.current().nationalFallback.name} (${directory.current().nationalFallback.shortName})`;
  const search = (messages: Parameters<typeof centreSearchCard>[0]['messages'], error?: string) =>
    centreSearchCard({ messages, places: placeChoices(directory.current()), ...(error ? { error } : {}) });
  const editCard = (view: Omit<Parameters<typeof centreEditCard>[0], 'municipalities'>) =>
    centreEditCard({ ...view, municipalities: placeChoices(directory.current(), { counties: false }) });

  return {
    [VERBS.centreFind]: route({ schema: z.object({}), handle: async (_input, a) => search(a.messages) }),

    [VERBS.centreLookup]: route({
      schema: z.object({ place: z.string().trim().min(1) }),
      invalid: async (_errors, a) => search(a.messages, a.messages.centre.placeRequired),
      handle: async ({ place }, a) => answer(place, a),
    }),

    [VERBS.centrePick]: route({
      schema: z.object({}),
      handle: async (_input, a) =>
        administers(a.actor) ? centrePickCard({ messages: a.messages, centres: directory.current().centres.map((c) => ({ id: c.id, name: c.name })) }) : refusalCard(a.messages, { reason: 'not_admin' }),
    }),

    [VERBS.centreEditOpen]: route({
      schema: z.object({ centreId: cardId }),
      handle: async ({ centreId }, a) => {
        const editing = await directory.centreForEditing(a.actor, centreId);
        if (!editing.ok) return refusalCard(a.messages, editing);
        return editCard({ messages: a.messages, centre: editing.centre, etag: editing.etag, values: formValuesOf(editing.centre) });
      },
    }),

    [VERBS.centreSave]: route({
      schema: saveSchema,
      handle: async ({ centreId, etag, ...input }, a) => {
        const result = await directory.correctCentre(a.actor, centreId, input, etag);
        if (result.ok) return editCard({ messages: a.messages, centre: result.centre, etag: result.etag, values: formValuesOf(result.centre), notice: { text: a.messages.centreEdit.saved, tone: 'good' } });
        switch (result.reason) {
          case 'changed_by_someone_else':
            return editCard({ messages: a.messages, centre: result.centre, etag: result.etag, values: formValuesOf(result.centre), notice: refusalNotice(a.messages, result) });
          case 'invalid':
            return editCard({ messages: a.messages, centre: directory.current().centre(centreId) ?? { id: centreId, name: centreId }, etag, values: typedValues(input), errors: result.errors });
          default:
            return refusalCard(a.messages, result);
        }
      },
    }),

    [VERBS.nchEditOpen]: route({
      schema: z.object({}),
      handle: async (_input, a) => {
        const editing = await directory.nationalForEditing(a.actor);
        if (!editing.ok) return refusalCard(a.messages, editing);
        return nationalEditCard({ messages: a.messages, name: nchName(), etag: editing.etag, values: nationalValuesOf(editing.national.channels) });
      },
    }),

    [VERBS.nchSave]: route({
      schema: nchSaveSchema,
      handle: async ({ etag, ...input }, a) => {
        const result = await directory.correctNational(a.actor, input, etag);
        if (result.ok) return nationalEditCard({ messages: a.messages, name: nchName(), etag: result.etag, values: nationalValuesOf(result.national.channels), notice: { text: a.messages.centreEdit.national.saved, tone: 'good' } });
        switch (result.reason) {
          case 'changed_by_someone_else':
            return nationalEditCard({ messages: a.messages, name: nchName(), etag: result.etag, values: nationalValuesOf(result.national.channels), notice: refusalNotice(a.messages, result) });
          case 'invalid':
            return nationalEditCard({ messages: a.messages, name: nchName(), etag, values: { supportLine: input.supportLine ?? '', email: input.email ?? '', web: input.web ?? '' }, errors: result.errors });
          default:
            return refusalCard(a.messages, result);
        }
      },
    }),
  };
}

/** What the administrator typed, so an error loses nothing. */
function typedValues(input: Readonly<Record<string, string | undefined>>): CentreFormValues {
  const s = (k: string) => input[k] ?? '';
  return {
    status: s('status'),
    phone: s('phone'),
    supportLine: s('supportLine'),
    email: s('email'),
    web: s('web'),
    coverage: s('coverage'),
    coverageNotStated: input.coverageNotStated === 'true',
  };
}
