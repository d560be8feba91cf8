// What the training routes need, and the list most of them answer with.
import type { AdaptiveCard } from '../../cards/types.js';
import { trainingListCard } from '../../cards/training/training-list.card.js';
import type { DirectoryIndex } from '../../services/directory/lookup.js';
import type { TrainingService } from '../../services/training/training-service.js';
import type { Clock } from '../../services/time/clock.js';
import type { ActionContext } from '../actions/action-request.js';
import { placeChoices } from '../directory/place-choices.js';
import type { TrainingNotifier } from './notifier.js';
import { listItem } from './views.js';

export interface TrainingDeps {
  trainings: TrainingService;
  trainingNotifier: TrainingNotifier;
  directory: () => DirectoryIndex;
  clock: Clock;
  /** The .ics link of an event, or undefined when no public URL is configured. */
  trainingCalendarUrl: (token: string) => string | undefined;
}

export type Notice = { text: string; tone: 'good' | 'attention' };

/** Events that began this long ago still show to the coordinators, to record participants. */
const RECENTLY_STARTED_MS = 14 * 24 * 3_600_000;

/**
 * In the RC's channel: that RC's trainings, with the buttons to run them. Elsewhere: the
 * trainings ahead at every RC, to register for.
 */
export function trainingList(deps: TrainingDeps) {
  return async (a: ActionContext, notice?: Notice, municipality?: string): Promise<AdaptiveCard> => {
    const now = deps.clock.now();
    const rcId = a.actor.coordinatorOf[0];
    const events = rcId
      ? await deps.trainings.upcoming({ rcId, from: new Date(now.getTime() - RECENTLY_STARTED_MS), limit: 20 })
      : (await deps.trainings.upcoming({ from: now, limit: 20 })).filter((e) => e.status === 'scheduled');
    const directory = deps.directory();
    const context = { directory, userId: a.actor.id, coordinatorOf: a.actor.coordinatorOf, now, calendarUrl: deps.trainingCalendarUrl };
    return trainingListCard({
      messages: a.messages,
      items: events.map((e) => listItem(e, a.messages, a.locale, context)),
      municipalities: placeChoices(directory, { counties: false }),
      ...(municipality ? { municipality } : {}),
      ...(rcId ? { coordinatorRc: rcId } : {}),
      ...(notice ? { notice } : {}),
    });
  };
}
