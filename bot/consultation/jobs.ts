// Background work for consultations, each run under a lease and each message claimed once:
// re-announce requests nobody took within their target (an urgent one also to the national
// channel after its second period), post requests that waited for a channel once it takes
// them (an RC open again after a closed period), ask "Följdes rådet?" a week after the answer, and erase
// free text once the retention period after closing has run out.
import type { JobDefinition } from '../../services/jobs/job-types.js';
import type { ConsultationService } from '../../services/consultation/consultation-service.js';
import type { Logger } from '../../services/logging.js';
import { URGENT_ESCALATION_PERIODS } from '../../services/consultation/response-targets.js';
import { isWorkingDay } from '../../services/time/swedish-calendar.js';
import { zonedParts } from '../../services/time/zoned-time.js';
import type { ConsultationNotifier } from './notifier.js';

const MINUTE = 60_000;
/** The daily list comes when offices open. */
const DIGEST_HOUR = 8;

export function consultationJobs(consultations: ConsultationService, notifier: ConsultationNotifier, logger: Logger): JobDefinition[] {
  return [
    {
      name: 'consultation.reannounce',
      intervalMs: 10 * MINUTE,
      async run(ctx) {
        for (const record of await consultations.dueForReannouncement(ctx.clock.now())) {
          if (ctx.signal.aborted) return;
          const key = `reannounce:${record.rcId}:${record.id}:${record.reannouncements + 1}`;
          if (!(await ctx.once.claimOnce(key))) continue;
          const marked = await consultations.markReannounced(record.rcId, record.id);
          if (!marked.ok) continue;
          const landing = await notifier.announce(marked.record, { reminder: true, etag: marked.etag });
          if (landing.kind === 'centre') await notifier.tellCoordinatorsOverdue(marked.record);
          // Already in the national channel when the RC has none; escalation is for an RC that has not taken it.
          const escalate = landing.kind === 'centre' && marked.record.urgent && marked.record.reannouncements >= URGENT_ESCALATION_PERIODS;
          if (escalate && (await ctx.once.claimOnce(`escalate:${record.rcId}:${record.id}`))) await notifier.escalateToNational(marked.record);
        }
      },
    },
    {
      // An RC open again after a closed period gets the requests that came meanwhile, oldest first, each once.
      name: 'consultation.post-waiting',
      intervalMs: 10 * MINUTE,
      async run(ctx) {
        for (const rcId of await notifier.rcsReadyForWaiting()) {
          if (ctx.signal.aborted) return;
          await notifier.postWaiting(rcId, (record) => ctx.once.claimOnce(`channel-post:${record.rcId}:${record.id}`));
        }
      },
    },
    {
      // Once a day from 08:00 Stockholm time, on working days: the list of RCs whose requests wait for a channel.
      name: 'consultation.waiting-digest',
      intervalMs: 30 * MINUTE,
      async run(ctx) {
        const now = ctx.clock.now();
        const today = zonedParts(now);
        if (!isWorkingDay(today.date) || today.hour < DIGEST_HOUR) return;
        if (!(await ctx.once.claimOnce(`waiting-digest:${today.date}`))) return;
        await notifier.postWaitingDigest();
      },
    },
    {
      name: 'consultation.follow-up',
      intervalMs: 30 * MINUTE,
      async run(ctx) {
        for (const record of await consultations.dueForFollowUp(ctx.clock.now())) {
          if (ctx.signal.aborted) return;
          if (!(await ctx.once.claimOnce(`follow-up:${record.rcId}:${record.id}`))) continue;
          const marked = await consultations.markFollowUpAsked(record.rcId, record.id);
          if (marked.ok) await notifier.askFollowUp(marked.record);
        }
      },
    },
    {
      name: 'consultation.retention',
      intervalMs: 60 * MINUTE,
      async run(ctx) {
        const erased = await consultations.eraseExpiredFreeText(ctx.clock.now());
        if (erased > 0) logger.info({ erased }, 'free text erased after the retention period');
      },
    },
  ];
}
