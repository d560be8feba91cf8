// Training reminders: each registered person two days and one hour before the start, each
// reminder claimed once across instances before it is sent (services/training/reminders.ts).
import { fill } from '../../cards/i18n/catalogue.js';
import type { JobDefinition } from '../../services/jobs/job-types.js';
import type { TrainingService } from '../../services/training/training-service.js';
import { formatInstant } from '../format.js';
import type { SessionNotifier } from '../sessions/notifier.js';
import { whereOf } from './views.js';

export function trainingJobs(trainings: TrainingService, people: Pick<SessionNotifier, 'tell'>): JobDefinition[] {
  return [
    {
      name: 'training.reminders',
      intervalMs: 5 * 60_000,
      async run(ctx) {
        for (const reminder of await trainings.claimDueReminders(ctx.once, ctx.clock.now())) {
          if (ctx.signal.aborted) return;
          const values = { title: reminder.event.title, when: formatInstant(reminder.event.startsAt, 'sv'), where: whereOf(reminder.event) };
          await people.tell(reminder.person.id, (m) => fill(m.training.notices.reminder, values));
        }
      },
    },
  ];
}
