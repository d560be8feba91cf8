// What the job runner promises, run against each document store: two runners sharing one
// store stand for two bot instances (or one instance before and after a restart).

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JobLeases } from '../../services/jobs/job-lease.js';
import { LeaseLostError, type JobContext, type JobDefinition } from '../../services/jobs/job-types.js';
import { OnceLedger } from '../../services/jobs/once-ledger.js';
import type { DocumentStore } from '../../services/storage/port.js';
import { FakeClock } from '../../services/time/fake-clock.js';
import { gate, instance, type TestRunner } from './helpers.js';

export interface StoreUnderTest {
  store: DocumentStore;
  cleanup(): Promise<void>;
}

const MINUTE = 60_000;

/** A job whose run waits at a gate, so a test can hold it "in the middle". */
function heldJob(name: string, g: ReturnType<typeof gate>, seen: { ctx?: JobContext; entered?: () => void }): JobDefinition {
  return {
    name,
    intervalMs: MINUTE,
    async run(ctx) {
      seen.ctx = ctx;
      seen.entered?.();
      await g.wait;
    },
  };
}

function entered(seen: { entered?: () => void }): Promise<void> {
  return new Promise((resolve) => {
    seen.entered = resolve;
  });
}

export function describeJobScenarios(name: string, makeStore: () => Promise<StoreUnderTest>): void {
  describe(`job runner on ${name}`, () => {
    let sut: StoreUnderTest | undefined;
    let clock: FakeClock;
    let a: TestRunner;
    let b: TestRunner;
    const store = () => {
      if (!sut) throw new Error('no store: beforeEach failed');
      return sut.store;
    };

    beforeEach(async () => {
      sut = await makeStore();
      await sut.store.init();
      clock = new FakeClock('2026-03-02T06:00:00Z');
      a = instance(sut.store, clock, 'instance-a');
      b = instance(sut.store, clock, 'instance-b');
    });

    afterEach(async () => {
      await a?.runner.stop();
      await b?.runner.stop();
      await sut?.cleanup();
      sut = undefined;
    });

    it('sends each due reminder once although both instances run the job every few minutes', async () => {
      const sessions = [
        { id: 'net-1', occurrence: '2026-03-02', at: Date.parse('2026-03-02T07:00:00Z') },
        { id: 'net-2', occurrence: '2026-03-02', at: Date.parse('2026-03-02T08:30:00Z') },
        { id: 'net-1', occurrence: '2026-03-16', at: Date.parse('2026-03-16T07:00:00Z') },
      ];
      const participants = ['user-1', 'user-2', 'user-3'];
      const sent: string[] = [];
      const reminders = (who: string): JobDefinition => ({
        name: 'session-reminders',
        intervalMs: 5 * MINUTE,
        async run(ctx) {
          const now = ctx.clock.now().getTime();
          for (const s of sessions) {
            if (now < s.at - 30 * MINUTE) continue;
            for (const user of participants) {
              if (ctx.signal.aborted) return;
              if (await ctx.once.claimOnce(`reminder:${s.id}:${s.occurrence}:${user}`)) sent.push(`${s.id}:${s.occurrence}:${user}:${who}`);
            }
          }
        },
      });
      a.runner.register(reminders('a'));
      b.runner.register(reminders('b'));

      // Three hours in five-minute steps, both instances firing at the same moments, each
      // getting in first every other time.
      const ran = { a: 0, b: 0 };
      for (let step = 0; step < 36; step++) {
        clock.advance(5 * MINUTE);
        const order = step % 2 === 0 ? ([a, b] as const) : ([b, a] as const);
        const outcomes = await Promise.all(order.map((r) => r.runner.runDueNow()));
        outcomes.forEach((o, i) => {
          expect(['ran', 'held-elsewhere']).toContain(o['session-reminders']);
          if (o['session-reminders'] === 'ran') ran[order[i] === a ? 'a' : 'b']++;
        });
      }
      expect(ran.a).toBeGreaterThan(0);
      expect(ran.b).toBeGreaterThan(0);

      const effects = sent.map((s) => s.split(':').slice(0, 3).join(':')).sort();
      expect(effects).toEqual(
        ['net-1:2026-03-02', 'net-2:2026-03-02'].flatMap((s) => participants.map((u) => `${s}:${u}`)).sort(),
      );
      expect(a.errors).toEqual([]);
      expect(b.errors).toEqual([]);
    });

    it('lets only one instance run a job at a time, and frees the lease at once when done', async () => {
      const g = gate();
      const seen: { ctx?: JobContext; entered?: () => void } = {};
      const inside = entered(seen);
      a.runner.register(heldJob('digest', g, seen));
      let bRuns = 0;
      b.runner.register({ name: 'digest', intervalMs: MINUTE, run: () => void bRuns++ });

      const aRun = a.runner.runDueNow();
      await inside;
      expect(await b.runner.runDueNow()).toEqual({ digest: 'held-elsewhere' });
      expect(await a.runner.runDueNow()).toEqual({ digest: 'already-running' });
      g.open();
      expect(await aRun).toEqual({ digest: 'ran' });

      expect(await b.runner.runDueNow()).toEqual({ digest: 'ran' });
      expect(bRuns).toBe(1);
      const lease = await JobLeases.forStore(store(), clock).read('digest');
      expect(lease).toMatchObject({ id: 'lease:digest', pk: 'lease', job: 'digest', holder: 'instance-b' });
      expect(Date.parse(lease?.expiresAt ?? '')).toBeLessThanOrEqual(clock.now().getTime());
    });

    it('takes over from a crashed instance after its lease expires, not before', async () => {
      const g = gate();
      const seen: { ctx?: JobContext; entered?: () => void } = {};
      const inside = entered(seen);
      // Instance A "crashes" mid-run: its job never returns and its renewal timer never fires.
      a = instance(store(), clock, 'instance-a', { renewEveryMs: 3_600_000 });
      a.runner.register(heldJob('reannounce', g, seen));
      let bRuns = 0;
      b.runner.register({ name: 'reannounce', intervalMs: MINUTE, run: () => void bRuns++ });

      const aRun = a.runner.runDueNow();
      await inside;
      clock.advance(MINUTE - 1);
      expect(await b.runner.runDueNow()).toEqual({ reannounce: 'held-elsewhere' });
      expect(bRuns).toBe(0);
      clock.advance(1);
      expect(await b.runner.runDueNow()).toEqual({ reannounce: 'ran' });
      expect(bRuns).toBe(1);

      // Had A been merely frozen, it learns it lost the lease and is told to stop.
      expect(await seen.ctx?.renewLease()).toBe(false);
      expect(seen.ctx?.signal.aborted).toBe(true);
      expect(seen.ctx?.signal.reason).toBeInstanceOf(LeaseLostError);
      g.open();
      await aRun;
      expect(a.errors.map((e) => e.error)).toEqual([expect.any(LeaseLostError)]);
    });

    it('does not let a frozen instance that wakes up free the lease of the one that took over', async () => {
      const gA = gate();
      const gB = gate();
      const seenA: { ctx?: JobContext; entered?: () => void } = {};
      const seenB: { ctx?: JobContext; entered?: () => void } = {};
      const insideA = entered(seenA);
      const insideB = entered(seenB);
      a = instance(store(), clock, 'instance-a', { renewEveryMs: 3_600_000 });
      a.runner.register(heldJob('reannounce', gA, seenA));
      b.runner.register(heldJob('reannounce', gB, seenB));
      const c = instance(store(), clock, 'instance-c');
      c.runner.register({ name: 'reannounce', intervalMs: MINUTE, run: () => undefined });

      const aRun = a.runner.runDueNow();
      await insideA;
      clock.advance(MINUTE);
      const bRun = b.runner.runDueNow();
      await insideB;

      gA.open(); // A wakes up, finishes and tries to release
      expect(await aRun).toEqual({ reannounce: 'ran' });
      expect(a.errors.map((e) => e.error)).toEqual([expect.any(LeaseLostError)]);
      expect(await JobLeases.forStore(store(), clock).read('reannounce')).toMatchObject({ holder: 'instance-b' });
      expect(await c.runner.runDueNow()).toEqual({ reannounce: 'held-elsewhere' });

      gB.open();
      expect(await bRun).toEqual({ reannounce: 'ran' });
      expect(b.errors).toEqual([]);
      expect(await c.runner.runDueNow()).toEqual({ reannounce: 'ran' });
      await c.runner.stop();
    });

    it('keeps the lease while a long run renews it', async () => {
      const g = gate();
      const seen: { ctx?: JobContext; entered?: () => void } = {};
      const inside = entered(seen);
      a.runner.register(heldJob('import', g, seen));
      b.runner.register({ name: 'import', intervalMs: MINUTE, run: () => undefined });

      const aRun = a.runner.runDueNow();
      await inside;
      clock.advance(50_000);
      expect(await seen.ctx?.renewLease()).toBe(true);
      clock.advance(50_000); // 100 s after taking a 60 s lease
      expect(await b.runner.runDueNow()).toEqual({ import: 'held-elsewhere' });
      g.open();
      expect(await aRun).toEqual({ import: 'ran' });
      expect(await b.runner.runDueNow()).toEqual({ import: 'ran' });
      expect(a.errors).toEqual([]);
    });

    it('does not repeat an effect whose claim was made before a crash (at-most-once)', async () => {
      const sent: string[] = [];
      let crashBeforeSend = true;
      const job: JobDefinition = {
        name: 'reannounce-unclaimed',
        intervalMs: MINUTE,
        async run(ctx) {
          if (!(await ctx.once.claimOnce('reannounce:request-17:1'))) return;
          if (crashBeforeSend) throw new Error('connector timed out');
          sent.push('request-17');
        },
      };
      a.runner.register(job);
      b.runner.register(job);

      expect(await a.runner.runDueNow()).toEqual({ 'reannounce-unclaimed': 'failed' });
      expect(a.errors).toEqual([{ job: 'reannounce-unclaimed', error: new Error('connector timed out') }]);
      crashBeforeSend = false;
      expect(await b.runner.runDueNow()).toEqual({ 'reannounce-unclaimed': 'ran' });
      expect(sent).toEqual([]);
    });

    it('gives claimOnce to exactly one of 20 concurrent callers', async () => {
      const ledgers = [a.runner.once, b.runner.once];
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) => ledgers[i % 2]!.claimOnce('reminder:net-1:2026-03-02:user-1')),
      );
      expect(results.filter(Boolean)).toHaveLength(1);
      expect(await a.runner.once.isClaimed('reminder:net-1:2026-03-02:user-1')).toBe(true);
      expect(await a.runner.once.claimOnce('reminder:net-1:2026-03-02:user-1')).toBe(false);
      expect(await a.runner.once.claimOnce('reminder:net-1:2026-03-02:user-2')).toBe(true);
    });

    it('hashes keys that cannot be ids, and forgets only claims older than asked', async () => {
      const ledger = OnceLedger.forStore(store(), clock);
      const awkward = `reminder:a/b?c#d:${'x'.repeat(300)}`;
      expect(await ledger.claimOnce(awkward)).toBe(true);
      expect(await ledger.claimOnce(awkward)).toBe(false);
      expect(await ledger.claimOnce(`${awkward}y`)).toBe(true);

      clock.advance(24 * 60 * MINUTE);
      expect(await ledger.claimOnce('recent')).toBe(true);
      expect(await ledger.forgetClaimsBefore(new Date(clock.now().getTime() - MINUTE))).toBe(2);
      expect(await ledger.isClaimed(awkward)).toBe(false);
      expect(await ledger.isClaimed('recent')).toBe(true);
      await expect(ledger.claimOnce('')).rejects.toThrow(TypeError);
    });
  });
}
