// Session booking for bench-turns: the statistics bench's networks and sessions (a year of held
// sessions), plus one network whose organisations' members are the bench's bookers and whose
// sessions all lie ahead, in the same document shape, so every booking turn takes a free place.

import type { Person } from '../../test/helpers/activities.js';
import type { Document } from '../../services/storage/port.js';
import { sessionSchema, networkSchema } from '../../services/sessions/model.js';
import { zonedDate } from '../../services/time/zoned-time.js';
import { generateSessions } from '../bench-stats-data.js';

export const BOOKING_NETWORK = 'net-bench-booking';
export const BOOKERS = 20;
/** Places for this many bookings (one per organisation and session); a phase stops when they run out. */
export const BOOKING_SESSIONS = 3_000;

export const booker = (n: number): Person => ({ id: `29:booker-${n}`, name: `Nätverksmedlem ${n}`, aadObjectId: `00000000-0000-0000-0000-0000000004${String(n % 100).padStart(2, '0')}` });
export const bookingSessionId = (i: number) => `${BOOKING_NETWORK}:s:${i}`;

export function benchSessions(now: Date): Document[] {
  const seeded = generateSessions();
  const network = seeded.find((d) => d.kind === 'network')!;
  const session = seeded.find((d) => d.kind === 'session')!;
  const iso = (ms: number) => new Date(ms).toISOString();
  const organisations = Array.from({ length: BOOKERS }, (_, o) => ({
    ...(network.organisations as Array<Record<string, unknown>>)[0],
    id: `org-bench-${o}`,
    name: `Organisation ${o}`,
    member: { id: booker(o).id, aadObjectId: booker(o).aadObjectId, name: booker(o).name },
    deputy: null,
  }));
  const ours: Document[] = [
    { ...network, id: BOOKING_NETWORK, networkId: BOOKING_NETWORK, name: 'Nätverket för bokningar', organisations, participantIds: [...(network.leads as Person[]).map((l) => l.id), ...organisations.map((o) => o.member.id)] },
  ];
  // One session a day from tomorrow, open for booking (scheduled, in the future).
  const first = now.getTime() + 86_400_000;
  for (let i = 0; i < BOOKING_SESSIONS; i++) {
    const startsAt = first + i * 86_400_000;
    const date = zonedDate(new Date(startsAt));
    ours.push({
      ...session, id: bookingSessionId(i), networkId: BOOKING_NETWORK, index: i, date, scheduledDate: date, startsAt: iso(startsAt), endsAt: iso(startsAt + 7_200_000),
      status: 'scheduled', bookings: [], waitingList: [], attendance: [], ratings: [], cancelReason: null,
      times: { created: iso(now.getTime()), cancelled: null, rescheduled: null, held: null },
    });
  }
  networkSchema.parse(ours[0]);
  sessionSchema.parse(ours[1]);
  return [...seeded, ...ours];
}
