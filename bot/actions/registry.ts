// One typed table from verb to route. Action.Execute invokes, Action.Submit fallbacks and typed
// commands all dispatch through it, so the paths cannot drift apart; a verb without a route
// fails to compile.
import { noticeCard } from '../../cards/notice.card.js';
import type { AdaptiveCard } from '../../cards/types.js';
import { isVerb, VERBS, type Verb } from '../../cards/verbs.js';
import type { DirectoryService } from '../../services/directory/directory-service.js';
import { answerRoutes } from '../consultation/answer.routes.js';
import { bindingRoutes } from '../consultation/binding.routes.js';
import { coordinatorRoutes, type CoordinatorDeps } from '../consultation/coordinator.routes.js';
import { contactsRoutes, type ContactsDeps } from '../consultation/contacts.routes.js';
import { handoverRoutes, type HandoverDeps } from '../consultation/handover.routes.js';
import { logRoutes } from '../consultation/log.routes.js';
import { queueRoutes } from '../consultation/queue.routes.js';
import { targetsRoutes } from '../consultation/targets.routes.js';
import { closedRoutes } from '../consultation/closed.routes.js';
import { requestRoutes } from '../consultation/request.routes.js';
import { requesterRoutes } from '../consultation/requester.routes.js';
import { threadRoutes, type ThreadDeps } from '../consultation/thread.routes.js';
import { reopenPeriodRoutes } from '../consultation/reopen-period.routes.js';
import { centreRoutes } from '../directory/centre.routes.js';
import { answerPlaceToday } from '../directory/place-choices.js';
import { refusalCard } from '../refusals.js';
import { agendaRoutes } from '../sessions/agenda.routes.js';
import { attendanceRoutes } from '../sessions/attendance.routes.js';
import { bookingRoutes } from '../sessions/booking.routes.js';
import { leadRoutes } from '../sessions/lead.routes.js';
import { membershipRoutes } from '../sessions/membership.routes.js';
import { networkRoutes } from '../sessions/network.routes.js';
import { questionRoutes } from '../sessions/question.routes.js';
import type { SessionDeps } from '../sessions/session-list.js';
import { statsRoutes, type StatsDeps } from '../statistics/stats.routes.js';
import type { ChannelBindings } from '../../services/consultation/channel-binding.js';
import type { ActionContext, Route } from './action-request.js';
import type { TrainingDeps } from '../training/deps.js';
import { trainingRoutes } from '../training/routes.js';
import { fieldErrors, typedStrings } from './form-input.js';
import { legacyVerb } from './legacy-verbs.js';
import { menuRoutes } from '../menu/menu.routes.js';

export type RouteTable = Readonly<Record<Verb, Route>>;

export type ActionServices = Omit<CoordinatorDeps, 'directory'> & SessionDeps & Omit<StatsDeps, 'directory'> & { directory: DirectoryService; bindings: ChannelBindings } & Pick<ThreadDeps, 'caseThread' | 'threadNotifier'> & Pick<HandoverDeps, 'handover'> & Pick<ContactsDeps, 'contacts'> & Omit<TrainingDeps, 'directory'>;

export function buildRoutes(services: ActionServices): RouteTable {
  const directory = () => services.directory.current();
  const consultation = { ...services, directory };
  return {
    ...centreRoutes(services.directory, (place, a) => answerPlaceToday(directory(), place, a, services.bindings, services.clock.now())),
    ...bindingRoutes(consultation),
    ...requestRoutes(consultation),
    ...requesterRoutes(consultation),
    ...coordinatorRoutes(consultation),
    ...answerRoutes(consultation),
    ...logRoutes(consultation),
    ...queueRoutes(consultation),
    ...targetsRoutes(consultation),
    ...bookingRoutes(services),
    ...questionRoutes(services),
    ...agendaRoutes(services),
    ...attendanceRoutes(services),
    ...leadRoutes(services),
    ...networkRoutes({ ...services, directory }),
    ...membershipRoutes({ ...services, directory }),
    ...statsRoutes(services),
    ...menuRoutes(services),
    ...closedRoutes(consultation),
    ...threadRoutes(consultation),
    ...reopenPeriodRoutes(consultation),
    ...handoverRoutes(consultation),
    ...contactsRoutes(consultation),
    ...trainingRoutes({ ...services, directory }),
  };
}

/** The one-job verb for a name a card sent: today's verbs as they are, old ones by their data. */
export function verbOf(name: unknown, data: Readonly<Record<string, unknown>>): Verb | undefined {
  if (isVerb(name)) return name;
  return typeof name === 'string' ? legacyVerb(name, data) : undefined;
}

/**
 * Parses the card data with the verb's schema and runs its handler. A form whose data does not
 * parse comes back with the message next to each field; anything else gets a refusal card.
 * Exceptions are the caller's to turn into a failure card (bot/refusals.ts).
 */
export async function dispatchAction(routes: RouteTable, name: unknown, data: Readonly<Record<string, unknown>>, action: ActionContext): Promise<AdaptiveCard> {
  const verb = verbOf(name, data);
  if (!verb) return noticeCard({ messages: action.messages, text: action.messages.common.unknownAction, tone: 'attention' });
  const { schema, handle, invalid } = routes[verb];
  const parsed = schema.safeParse(data);
  if (parsed.success) return handle(parsed.data, action);
  return invalid ? invalid(fieldErrors(parsed.error), action, typedStrings(data)) : refusalCard(action.messages, { reason: 'invalid_input' });
}
