// Session reminders: each booked person two days and one hour before, and the leads the day
// before with how many questions wait. Each reminder is claimed once before it is sent.
// And retention: question text goes once the retention period after it was dealt with ends.
import { fill, fillCount } from '../../cards/i18n/catalogue.js';
import type { JobDefinition } from '../../services/jobs/job-types.js';
import type { Logger } from '../../services/logging.js';
import type { NetworkService } from '../../services/sessions/network-service.js';
import { formatInstant } from '../format.js';
import type { SessionNotifier } from './notifier.js';

export function sessionJobs(networks: NetworkService, notifier: SessionNotifier, logger: Logger): JobDefinition[] {
  return [
    {
      name: 'session.reminders',
      intervalMs: 5 * 60_000,
      async run(ctx) {
        for (const reminder of await networks.claimDueReminders(ctx.once, ctx.clock.now())) {
          if (ctx.signal.aborted) return;
          const when = formatInstant(reminder.startsAt, 'sv');
          if (reminder.kind === 'participant') {
            const text = { network: reminder.networkName, when, url: reminder.meetingUrl };
            await notifier.tell(reminder.person.id, (m) => fill(m.sessions.reminders.upcoming, text));
          } else {
            const count = reminder.questions.submitted + reminder.questions.carriedOver;
            const text = { network: reminder.networkName, when };
            for (const lead of reminder.leads) await notifier.tell(lead.id, (m) => fillCount(m, m.sessions.reminders.lead, count, text));
          }
        }
      },
    },
    {
      name: 'session.retention',
      intervalMs: 60 * 60_000,
      async run() {
        const erased = await networks.eraseExpiredQuestionText();
        if (erased > 0) logger.info({ erased }, 'session question text erased after the retention period');
      },
    },
  ];
}
