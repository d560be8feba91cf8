// The follow-up replays a published year of training work through the service, on both
// stores: Göteborg 2020 reached 2 215 professionals, 764 of them social secretaries, in 172
// information and training sessions (notes-report-2020-part2.md, L6919–6923). Planned on
// working days through the year, counts recorded after each, the report gives those figures.
import { describe, expect, it } from 'vitest';
import { StatisticsService } from '../../services/statistics/statistics-service.js';
import { FakeClock } from '../../services/time/fake-clock.js';
import { addDays, type LocalDate } from '../../services/time/local-date.js';
import { nextWorkingDay } from '../../services/time/swedish-calendar.js';
import { zonedToInstant } from '../../services/time/zoned-time.js';
import { TrainingStatsFromEvents } from '../../services/training/training-stats-source.js';
import { GBG, GOTEBORG, SHIPPED } from '../fixtures/directory.js';
import { useStores } from '../helpers/stores.js';
import { coordinatorOf, eventForm, ok, trainingWorld } from './helpers.js';

const stores = useStores();
const SESSIONS = 172;
const PROFESSIONALS = 2215;
const SOCIAL_SECRETARIES = 764;

/** Session i's participants, spread so that the year sums to the published totals. */
function participantsOf(i: number): Record<string, string> {
  const total = Math.floor(PROFESSIONALS / SESSIONS) + (i < PROFESSIONALS % SESSIONS ? 1 : 0);
  const social = Math.floor(SOCIAL_SECRETARIES / SESSIONS) + (i < SOCIAL_SECRETARIES % SESSIONS ? 1 : 0);
  return { prof_social_worker: String(social), prof_teacher: String(total - social), sector_social_services: String(social), sector_school: String(total - social) };
}

describe.each(stores.kinds)('Göteborg 2020 replayed (%s)', (kind) => {
  it('gives 172 sessions held, 2 215 participants and 764 social secretaries', async () => {
    const store = await stores.open(kind);
    const clock = new FakeClock('2019-12-20T08:00:00Z');
    const { service } = trainingWorld(store, { clock });
    const coordinator = coordinatorOf(1);
    let date: LocalDate = '2020-01-07';
    const planned: string[] = [];
    for (let i = 0; i < SESSIONS; i++) {
      date = nextWorkingDay(date);
      const kindOf = i % 4 === 0 ? 'training' : 'information';
      planned.push(ok(await service.planEvent(coordinator, GBG, eventForm({ date, trainingKind: kindOf, capacity: '40', municipality: GOTEBORG }))).event.id);
      date = addDays(date, i % 2 === 0 ? 1 : 2);
    }
    clock.set(zonedToInstant(addDays(date, 1), '08:00'));
    for (const [i, id] of planned.entries()) ok(await service.recordParticipants(coordinator, GBG, id, participantsOf(i)));

    const statistics = new StatisticsService(store, () => SHIPPED, clock, { trainings: new TrainingStatsFromEvents(store) });
    const report = ok(await statistics.report({ scope: { kind: 'rc', rcId: GBG }, period: { kind: 'year', year: 2020 }, viewer: { kind: 'other' } })).report;
    const value = (code: string) => report.figures.find((f) => f.indicator === code)?.value;
    expect((value('ga2.trainings.held') ?? 0) + (value('ga2.information_sessions.held') ?? 0)).toBe(SESSIONS);
    expect(value('ga2.trainings.held')).toBe(43);
    expect(value('ga2.trainings.participants')).toBe(PROFESSIONALS);
    expect(value('ga2.trainings.participants.profession.social_worker')).toBe(SOCIAL_SECRETARIES);
    expect(value('ga2.trainings.participants.sector.school')).toBe(PROFESSIONALS - SOCIAL_SECRETARIES);
    expect(value('ga2.trainings.municipalities')).toBe(1);
    // The year before and after hold none of them.
    const next = ok(await statistics.report({ scope: { kind: 'rc', rcId: GBG }, period: { kind: 'year', year: 2021 }, viewer: { kind: 'other' } })).report;
    expect(next.figures.find((f) => f.indicator === 'ga2.trainings.participants')?.value).toBe(0);
  });
});
