// Which training reminders are due now: every registered person, two days and one hour
// before the start, as for network sessions (services/sessions/reminders.ts decides which
// offset's window holds `now`). Each carries a stable key holding the event's sequence; the
// sender claims it with OnceLedger.claimOnce, so exactly one instance sends it, and a moved
// event is reminded of again for its new time.
import type { OnceLedger } from '../jobs/once-ledger.js';
import type { Person } from '../consultation/record.js';
import { DEFAULT_REMINDER_OFFSETS, dueOffset } from '../sessions/reminders.js';
import type { TrainingContext } from './context.js';
import type { TrainingEvent } from './model.js';

export interface TrainingReminder {
  key: string;
  person: Person;
  event: Pick<TrainingEvent, 'id' | 'rcId' | 'title' | 'date' | 'start' | 'place' | 'meetingUrl' | 'startsAt'>;
}

export function reminderKey(eventId: string, sequence: number, userId: string, offsetMinutes: number): string {
  return `training-reminder:${eventId}:${sequence}:${userId}:${offsetMinutes}m`;
}

export async function dueReminders(ctx: TrainingContext, now: Date, offsets: readonly number[] = DEFAULT_REMINDER_OFFSETS): Promise<TrainingReminder[]> {
  const horizon = new Date(now.getTime() + Math.max(...offsets));
  const events = await ctx.repo.eventsStartingBetween(now.toISOString(), horizon.toISOString());
  const due: TrainingReminder[] = [];
  for (const event of events) {
    if (event.status !== 'scheduled') continue;
    const offset = dueOffset(offsets, Date.parse(event.startsAt), now.getTime());
    if (offset === null) continue;
    const minutes = Math.round(offset / 60_000);
    const { id, rcId, title, date, start, place, meetingUrl, startsAt } = event;
    for (const booking of event.bookings) {
      due.push({ key: reminderKey(event.id, event.sequence, booking.person.id, minutes), person: booking.person, event: { id, rcId, title, date, start, place, meetingUrl, startsAt } });
    }
  }
  return due;
}

/** The reminders this caller won; another instance (or an earlier run) got the rest. */
export async function claimDueReminders(ctx: TrainingContext, ledger: Pick<OnceLedger, 'claimOnce'>, now: Date): Promise<TrainingReminder[]> {
  const won: TrainingReminder[] = [];
  for (const reminder of await dueReminders(ctx, now)) if (await ledger.claimOnce(reminder.key)) won.push(reminder);
  return won;
}
