// The reference counter only says where to start looking: on both stores, numbers stay gapless
// and unique when a create fails, when two instances number the same RC, when records were
// stored before there was a counter, and when the counter fell behind.

import { describe, expect, it } from 'vitest';
import { referenceCounterId } from '../../services/consultation/reference-counter.js';
import { StoreUnavailableError } from '../../services/storage/errors.js';
import type { Document, DocumentStore } from '../../services/storage/port.js';
import { asRequester, harness, validInput } from '../fixtures/consultations.js';
import { GBG } from '../fixtures/directory.js';
import { overriding } from '../helpers/stores.js';
import { useStores } from '../helpers/stores.js';

const stores = useStores();
const ref = (n: number) => `GBG-2026-${String(n).padStart(4, '0')}`;

async function submitted(service: ReturnType<typeof harness>['service'], count: number): Promise<string[]> {
  const results = await Promise.all(Array.from({ length: count }, () => service.submit(asRequester, validInput())));
  return results.map((r) => (r.ok ? r.record.reference : r.reason));
}

async function counterOf(store: DocumentStore): Promise<number | undefined> {
  const stored = await store.collection<Document>('consultations').get(referenceCounterId(2026), GBG);
  return stored?.item.seq as number | undefined;
}

describe.each(stores.kinds)('reference counter (%s)', (kind) => {
  it('leaves no hole when creating a record fails: the next request gets the number', async () => {
    const store = await stores.open(kind);
    let failures = 1;
    const faulty = overriding(store, 'consultations', (real) => ({
      create: async (item: Document) => {
        if (item.kind === 'consultation' && failures-- > 0) throw new StoreUnavailableError('disk full');
        return real.create(item);
      },
    }));
    const { service } = harness(faulty);
    await expect(service.submit(asRequester, validInput())).rejects.toThrow(StoreUnavailableError);
    expect((await submitted(service, 3)).sort()).toEqual([ref(1), ref(2), ref(3)]);
  });

  it('numbers two instances on one store without gaps or doubles', async () => {
    const store = await stores.open(kind);
    const [one, two] = [harness(store).service, harness(store).service];
    const batches = await Promise.all([submitted(one, 10), submitted(two, 10), submitted(one, 5)]);
    expect(batches.flat().sort()).toEqual(Array.from({ length: 25 }, (_, i) => ref(i + 1)));
    expect(await counterOf(store)).toBe(25);
  });

  it('goes on from records stored before there was a counter', async () => {
    const store = await stores.open(kind);
    await submitted(harness(store).service, 3);
    await store.collection('consultations').delete(referenceCounterId(2026), GBG);
    expect(await submitted(harness(store).service, 1)).toEqual([ref(4)]);
    expect(await counterOf(store)).toBe(4);
  });

  it("numbers and stores the RC's next requests while the last one's counter is still being written; they share one write after it", async () => {
    const store = await stores.open(kind);
    await submitted(harness(store).service, 1);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let counterWrites = 0;
    let lastStored!: () => void;
    const last = new Promise<void>((resolve) => (lastStored = resolve));
    const slow = overriding(store, 'consultations', (real) => ({
      replace: async (item: Document, etag: string) => {
        if (item.kind === 'reference-counter' && counterWrites++ === 0) await held;
        return real.replace(item, etag);
      },
      create: async (item: Document) => {
        const saved = await real.create(item);
        if (item.id === ref(6)) lastStored();
        return saved;
      },
    }));
    const { service } = harness(slow);
    let answered = 0;
    const five = Promise.all(Array.from({ length: 5 }, () => service.submit(asRequester, validInput()).finally(() => answered++)));

    await last;
    expect(answered).toBe(0);
    release();
    const references = (await five).map((r) => (r.ok ? r.record.reference : r.reason));
    expect(references.sort()).toEqual([ref(2), ref(3), ref(4), ref(5), ref(6)]);
    expect(counterWrites).toBe(2);
    expect(await counterOf(store)).toBe(6);
    expect(await submitted(harness(store).service, 1)).toEqual([ref(7)]);
  });

  it('goes on past a counter that fell behind its records', async () => {
    const store = await stores.open(kind);
    await submitted(harness(store).service, 5);
    const docs = store.collection<Document>('consultations');
    const counter = await docs.get(referenceCounterId(2026), GBG);
    await docs.replace({ ...counter!.item, seq: 1 }, counter!.etag);
    expect(await submitted(harness(store).service, 2)).toEqual([ref(6), ref(7)].sort());
    expect(await counterOf(store)).toBe(7);
  });
});
