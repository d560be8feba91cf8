// A training from order to follow-up on both stores: ordered by a professional, answered with
// a date, planned, the last place raced for by two, the waiting list moved up on a
// cancellation, each reminder claimed once across two instances, participants recorded as
// counts, one evaluation each, and the figures in the follow-up report.
import { describe, expect, it } from 'vitest';
import { OnceLedger } from '../../services/jobs/once-ledger.js';
import { StatisticsService } from '../../services/statistics/statistics-service.js';
import { FakeClock } from '../../services/time/fake-clock.js';
import { TrainingService } from '../../services/training/training-service.js';
import { TrainingStatsFromEvents } from '../../services/training/training-stats-source.js';
import { GBG, GOTEBORG, KIRUNA, SHIPPED } from '../fixtures/directory.js';
import { replaceBarrier } from '../helpers/replace-barrier.js';
import { useStores, yieldTurn } from '../helpers/stores.js';
import { coordinatorOf, EVENT_START_UTC, eventForm, NOW, ok, personOfActor, professional, requestForm, trainingWorld } from './helpers.js';

const stores = useStores();
const asker = professional(1);
const [p1, p2, p3] = [professional(2), professional(3), professional(4)];
const coordinator = coordinatorOf(1);

describe.each(stores.kinds)('a training from order to follow-up (%s)', (kind) => {
  it('is ordered, answered with a date, planned, raced for, reminded of once, attended, evaluated once and counted', async () => {
    const store = await stores.open(kind);
    const { service, clock } = trainingWorld(store);

    // The order goes to the centre covering the municipality; nothing about a person passes the check.
    expect(await service.requestTraining(asker, requestForm({ text: 'Gäller Lisa Andersson, 20100101-1234.' }), null)).toMatchObject({ ok: false, reason: 'invalid', errors: { text: 'identifying' } });
    const ordered = ok(await service.requestTraining(asker, requestForm(), { conversation: { id: 'a:personal' } }));
    expect(ordered.request).toMatchObject({ rcId: GBG, status: 'new', professions: ['teacher', 'student_health'], participants: 25 });

    // A coordinator takes it; a second one is told who has it.
    ok(await service.takeRequest(coordinator, GBG, ordered.request.id));
    expect(await service.takeRequest(coordinatorOf(2), GBG, ordered.request.id)).toMatchObject({ ok: false, reason: 'already_claimed', by: { name: 'Koordinator 1' } });

    // 1 May is a public holiday: refused; a Tuesday is proposed.
    expect(await service.proposeDates(coordinator, GBG, ordered.request.id, { date1: '2026-05-01', time1: '13:00' })).toMatchObject({ ok: false, errors: { date1: 'holiday' } });
    const proposed = ok(await service.proposeDates(coordinator, GBG, ordered.request.id, { date1: '2026-05-12', time1: '13:00', date2: '2026-05-19', time2: '09:00' }));
    expect(proposed.request).toMatchObject({ status: 'proposed', proposals: [{ date: '2026-05-12', start: '13:00' }, { date: '2026-05-19', start: '09:00' }] });

    // Planned from the order, for two places: the order is then planned.
    const event = ok(await service.planEvent(coordinator, GBG, eventForm({ requestId: ordered.request.id }))).event;
    expect(event).toMatchObject({ startsAt: EVENT_START_UTC, capacity: 2, status: 'scheduled', requestId: ordered.request.id });
    expect((await service.request(GBG, ordered.request.id))?.status).toBe('planned');
    expect(await service.declineRequest(coordinator, GBG, ordered.request.id, { reason: 'Ingen tid' })).toEqual({ ok: false, reason: 'closed' });

    // The first takes a place; two race for the last one: exactly one gets it, the other is offered the queue.
    ok(await service.register(p1, GBG, event.id, { municipality: GOTEBORG }));
    const barrier = replaceBarrier(store);
    const racing = new TrainingService(barrier.store, clock, { directory: () => SHIPPED, sleep: () => yieldTurn() });
    barrier.arm(2);
    const race = await Promise.all([racing.register(p2, GBG, event.id, { municipality: GOTEBORG }), racing.register(p3, GBG, event.id, { municipality: GOTEBORG })]);
    expect(barrier.collisions()).toBe(1);
    expect(race.filter((r) => r.ok)).toHaveLength(1);
    expect(race.filter((r) => !r.ok)).toEqual([{ ok: false, reason: 'full', waitingListPosition: 1 }]);
    const loser = race[0]?.ok ? p3 : p2;
    const winner = loser === p2 ? p3 : p2;
    expect(ok(await service.joinWaitingList(loser, GBG, event.id, { municipality: GOTEBORG })).position).toBe(1);

    // The first gives the place up: the one waiting moves in, in the same write.
    const freed = ok(await service.unregister(p1, GBG, event.id));
    expect(freed.promoted.map((b) => b.person.id)).toEqual([loser.id]);
    expect(freed.event.bookings.map((b) => b.person.id).sort()).toEqual([winner.id, loser.id].sort());
    expect(freed.event.waitingList).toEqual([]);

    // Two days before, two instances both look: each registered person is reminded once.
    clock.set('2026-05-10T11:30:00Z');
    const first = new TrainingService(store, clock, { directory: () => SHIPPED });
    const second = new TrainingService(store, clock, { directory: () => SHIPPED });
    const ledger = (name: string) => OnceLedger.forStore(store, clock, name);
    const claimed = await Promise.all([first.claimDueReminders(ledger('a'), clock.now()), second.claimDueReminders(ledger('b'), clock.now())]);
    expect(claimed.flat().map((r) => r.person.id).sort()).toEqual([winner.id, loser.id].sort());
    expect(await first.claimDueReminders(ledger('a'), clock.now())).toEqual([]);

    // After the start: participants as counts (no names); a second save corrects, not re-asks.
    expect(await service.recordParticipants(coordinator, GBG, event.id, { prof_teacher: '12' })).toEqual({ ok: false, reason: 'not_started' });
    clock.set('2026-05-12T15:00:00Z');
    const recorded = ok(await service.recordParticipants(coordinator, GBG, event.id, { prof_teacher: '12', prof_student_health: '8', sector_school: '20' }));
    expect(recorded).toMatchObject({ firstTime: true, event: { status: 'held', participants: { byProfession: { teacher: 12, student_health: 8 }, bySector: { school: 20 } } } });
    expect(JSON.stringify(recorded.event.participants)).not.toContain('professional');
    expect(ok(await service.recordParticipants(coordinator, GBG, event.id, { prof_teacher: '13', prof_student_health: '8', sector_school: '21' })).firstTime).toBe(false);

    // One evaluation per registered person, identifier-checked.
    expect(await service.evaluate(winner, GBG, event.id, { rating: '5', different: 'Ringer Lisa Andersson på 070-123 45 67.' })).toMatchObject({ ok: false, reason: 'invalid' });
    ok(await service.evaluate(winner, GBG, event.id, { rating: '5', different: 'Fråga tidigare om resor.' }));
    expect(await service.evaluate(winner, GBG, event.id, { rating: '1' })).toEqual({ ok: false, reason: 'already_rated' });
    expect(await service.evaluate(p1, GBG, event.id, { rating: '3' })).toEqual({ ok: false, reason: 'not_booked' });
    ok(await service.evaluate(loser, GBG, event.id, { rating: '4' }));

    // The follow-up: held, participants per profession and sector, municipalities, satisfaction.
    const statistics = new StatisticsService(store, () => SHIPPED, clock, { trainings: new TrainingStatsFromEvents(store) });
    const own = ok(await statistics.report({ scope: { kind: 'rc', rcId: GBG }, period: { kind: 'year', year: 2026 }, viewer: { kind: 'own_rc_coordinator', rcId: GBG } })).report;
    const value = (code: string) => own.figures.find((f) => f.indicator === code)?.value;
    expect(value('ga2.trainings.held')).toBe(1);
    expect(value('ga2.information_sessions.held')).toBe(0);
    expect(value('ga2.trainings.participants')).toBe(21);
    expect(value('ga2.trainings.participants.profession.teacher')).toBe(13);
    expect(value('ga2.trainings.participants.sector.school')).toBe(21);
    expect(value('ga2.trainings.municipalities')).toBe(1);
    expect(value('ga2.trainings.satisfaction.answers')).toBe(2);
    expect(value('ga2.trainings.satisfaction.mean')).toBe(4.5);
    expect(own.notComputable.filter((c) => c.includes('training'))).toEqual([]);

    // Seen from outside the centre: the mean of two answers is hidden; counts of five and more are shown.
    const outside = ok(await statistics.report({ scope: { kind: 'rc', rcId: GBG }, period: { kind: 'year', year: 2026 }, viewer: { kind: 'other' } })).report;
    const figure = (code: string) => outside.figures.find((f) => f.indicator === code);
    expect(figure('ga2.trainings.satisfaction.mean')).toMatchObject({ suppressed: true, value: null });
    expect(figure('ga2.trainings.participants.profession.teacher')).toMatchObject({ suppressed: false, value: 13 });
    expect(figure('ga2.trainings.held')).toMatchObject({ suppressed: false, value: 1 });
  });

  it('lets only the invited municipalities register, and takes no registration once cancelled', async () => {
    const { service } = trainingWorld(await stores.open(kind));
    const event = ok(await service.planEvent(coordinator, GBG, eventForm({ audience: 'invited', invited: GOTEBORG, capacity: '5' }))).event;
    expect(await service.register(p1, GBG, event.id, { municipality: KIRUNA })).toEqual({ ok: false, reason: 'not_invited' });
    expect(await service.register(p1, GBG, event.id, { municipality: '9999' })).toMatchObject({ ok: false, reason: 'invalid', errors: { municipality: 'unknown_municipality' } });
    ok(await service.register(p1, GBG, event.id, { municipality: GOTEBORG }));
    const cancelled = ok(await service.cancelEvent(coordinator, GBG, event.id, { reason: 'Föreläsaren är sjuk.' }));
    expect(cancelled.notify.booked.map((b) => b.person.id)).toEqual([p1.id]);
    expect(cancelled.event).toMatchObject({ status: 'cancelled', sequence: 1 });
    expect(await service.register(p2, GBG, event.id, { municipality: GOTEBORG })).toEqual({ ok: false, reason: 'cancelled' });
    expect(await service.rescheduleEvent(coordinator, GBG, event.id, { startTime: '14:00' })).toEqual({ ok: false, reason: 'cancelled' });
  });

  it('moves a training to a working day only, raises its sequence so calendars and reminders follow, and tells those registered', async () => {
    const store = await stores.open(kind);
    const { service, clock } = trainingWorld(store);
    const event = ok(await service.planEvent(coordinator, GBG, eventForm({ meetingUrl: 'https://teams.microsoft.com/l/meetup-join/abc', place: '' }))).event;
    ok(await service.register(p1, GBG, event.id, { municipality: GOTEBORG }));
    expect(await service.rescheduleEvent(coordinator, GBG, event.id, { date: '2026-05-14' })).toEqual({ ok: false, reason: 'invalid', errors: { date: 'holiday' }, privacy: {} }); // Ascension Day
    expect(await service.rescheduleEvent(coordinator, GBG, event.id, { date: '2026-05-16' })).toMatchObject({ ok: false, errors: { date: 'holiday' } }); // a Saturday
    const moved = ok(await service.rescheduleEvent(coordinator, GBG, event.id, { date: '2026-05-13', startTime: '09:00', endTime: '12:00' }));
    expect(moved).toMatchObject({ changed: true, event: { date: '2026-05-13', start: '09:00', startsAt: '2026-05-13T07:00:00.000Z', sequence: 1 } });
    expect(moved.notify.booked.map((b) => b.person.id)).toEqual([p1.id]);
    expect(ok(await service.rescheduleEvent(coordinator, GBG, event.id, { date: '2026-05-13' })).changed).toBe(false);
    // A reminder sent for the old time does not stop the one for the new time.
    clock.set('2026-05-11T07:30:00Z');
    const reminders = await service.dueReminders(clock.now());
    expect(reminders.map((r) => r.key)).toEqual([`training-reminder:${event.id}:1:${p1.id}:2880m`]);
  });

  it('refuses planning on a holiday, in the past, or without a place or a link', async () => {
    const { service } = trainingWorld(await stores.open(kind), { clock: new FakeClock(NOW) });
    expect(await service.planEvent(coordinator, GBG, eventForm({ date: '2026-06-19' }))).toMatchObject({ ok: false, errors: { date: 'holiday' } }); // Midsummer Eve
    expect(await service.planEvent(coordinator, GBG, eventForm({ date: '2026-03-31' }))).toMatchObject({ ok: false, errors: { date: 'in_past' } });
    expect(await service.planEvent(coordinator, GBG, eventForm({ place: '' }))).toMatchObject({ ok: false, errors: { place: 'required' } });
    expect(await service.planEvent(coordinator, GBG, eventForm({ endTime: '12:00' }))).toMatchObject({ ok: false, errors: { endTime: 'before_start' } });
    expect(await service.planEvent(coordinator, GBG, eventForm({ meetingUrl: 'https://evil.example/l/meetup-join/x' }))).toMatchObject({ ok: false, errors: { meetingUrl: 'invalid' } });
    expect(await service.upcoming({ rcId: GBG })).toEqual([]);
  });

  it('stores one order for a double click on send, and a declined order tells its reason', async () => {
    const { service } = trainingWorld(await stores.open(kind));
    const key = '3f1c2b7a-1d2e-4f5a-8b9c-0d1e2f3a4b5c';
    const first = ok(await service.requestTraining(asker, requestForm(), null, key));
    const again = ok(await service.requestTraining(asker, requestForm(), null, key));
    expect(again).toMatchObject({ duplicate: true, request: { id: first.request.id } });
    const declined = ok(await service.declineRequest(coordinator, GBG, first.request.id, { reason: 'Vi har ingen utbildare ledig i maj.' }));
    expect(declined.request).toMatchObject({ status: 'declined', declineReason: 'Vi har ingen utbildare ledig i maj.', takenBy: personOfActor(coordinator) });
    expect(await service.openRequests(coordinator, GBG)).toEqual({ ok: true, requests: [] });
  });
});
