// How long an RC lets a professional reopen a closed case, on both stores: 30 days until the
// RC's coordinators set their own, whole days from 1 to 365, each RC its own.
import { describe, expect, it } from 'vitest';
import { ReopenPeriods } from '../../services/consultation/reopen-periods.js';
import { FakeClock } from '../../services/time/fake-clock.js';
import { coordinating } from '../fixtures/consultations.js';
import { FYR, GBG } from '../fixtures/directory.js';
import { actor } from '../helpers/actors.js';
import { useStores } from '../helpers/stores.js';

const stores = useStores();

describe.each(stores.kinds)('the reopening period (%s)', (kind) => {
  const periods = async () => new ReopenPeriods(await stores.open(kind), new FakeClock('2026-03-10T09:00:00Z'));

  it('is 30 days until set, then what the RC set, for that RC alone', async () => {
    const reopen = await periods();
    expect(await reopen.forCentre(GBG)).toBe(30);
    expect(await reopen.set(coordinating(1), GBG, { days: ' 45 ' })).toEqual({ ok: true, days: 45 });
    expect(await reopen.forCentre(GBG)).toBe(45);
    expect(await reopen.forCentre(FYR)).toBe(30);
  });

  it('takes whole days from 1 to 365 and says what is wrong with anything else, keeping the old period', async () => {
    const reopen = await periods();
    const answers = [];
    for (const days of ['1', '365', '366', '0', '10000', 'två veckor', '14.5', '', undefined]) {
      const result = await reopen.set(coordinating(1), GBG, { days });
      answers.push(result.ok ? result.days : result.reason === 'invalid' ? result.errors.days : result.reason);
    }
    expect(answers).toEqual([1, 365, 'out_of_range', 'out_of_range', 'out_of_range', 'out_of_range', 'out_of_range', 'required', 'required']);
    expect(await reopen.forCentre(GBG)).toBe(365);
  });

  it('is set by the RC\'s own coordinators only', async () => {
    const reopen = await periods();
    const elsewhere = actor({ id: '29:coordinator-norr' }, { coordinatorOf: [FYR] });
    expect(await reopen.set(elsewhere, GBG, { days: '60' })).toEqual({ ok: false, reason: 'not_coordinator' });
    expect(await reopen.forCentre(GBG)).toBe(30);
  });
});
