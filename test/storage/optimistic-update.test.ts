// The one read-modify-write loop, on both stores: writers that all must land do land, none
// overwrites another's change, refusals and "nothing to write" write nothing, and a document
// that never stops changing ends in a typed conflict after a bounded number of short pauses.

import { describe, expect, it } from 'vitest';
import { ChangedBySomeoneElseError } from '../../services/storage/errors.js';
import {
  MAX_UPDATE_ATTEMPTS,
  pauseAfterLostRound,
  updateOptimistically,
  type Decision,
  type OptimisticDocument,
  type Read,
  UpdateLanes,
} from '../../services/storage/optimistic-update.js';
import type { Collection, Document, DocumentStore } from '../../services/storage/port.js';
import { useStores, yieldTurn } from '../helpers/stores.js';

const stores = useStores();

interface Board extends Document {
  tenant: string;
  names: string[];
}

const TENANT = 't1';

function boardIn(docs: Collection<Board>, id = 'board'): OptimisticDocument<Board> {
  return {
    read: () => docs.get(id, TENANT),
    write: async (next, current) => (await docs.replace(next, current.etag)).etag,
  };
}

async function openBoard(store: DocumentStore): Promise<Collection<Board>> {
  const docs = store.collection<Board>('contract');
  await docs.create({ id: 'board', tenant: TENANT, names: [] });
  return docs;
}

type AlreadyThere = { ok: false; reason: 'already_there' };

function ok<T extends { ok: boolean }>(result: T): T {
  expect(result).toMatchObject({ ok: true });
  return result;
}

const add =
  (name: string) =>
  (current: Board): Decision<Board, { added: string }, AlreadyThere> =>
    current.names.includes(name) ? { ok: false, reason: 'already_there' } : { ok: true, next: { ...current, names: [...current.names, name] }, added: name };

describe.each(stores.kinds)('optimistic update (%s)', (kind) => {
  it('lands every one of 30 writers that all change the same document at once, losing none', async () => {
    const docs = await openBoard(await stores.open(kind));
    const names = Array.from({ length: 30 }, (_, n) => `person-${n}`);
    const pauses: number[] = [];
    const results = await Promise.all(
      names.map((name) => updateOptimistically(boardIn(docs), add(name), { sleep: async (ms) => { pauses.push(ms); await yieldTurn(); } })),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    expect(results.map((r) => (r.ok ? r.added : r.reason)).sort()).toEqual([...names].sort());
    expect((await docs.get('board', TENANT))?.item.names.sort()).toEqual([...names].sort());
    // They really collided: someone lost a round and paused.
    expect(pauses.length).toBeGreaterThan(0);
  });

  it('hands a refusal back as decided and writes nothing, also when nothing is to change', async () => {
    const docs = await openBoard(await stores.open(kind));
    const pacing = { sleep: yieldTurn };
    const first = await updateOptimistically(boardIn(docs), add('Ada'), pacing);
    expect(first).toMatchObject({ ok: true, item: { names: ['Ada'] }, added: 'Ada' });
    const before = await docs.get('board', TENANT);

    expect(await updateOptimistically(boardIn(docs), add('Ada'), pacing)).toEqual({ ok: false, reason: 'already_there' });
    const same = await updateOptimistically(boardIn(docs), (current: Board): Decision<Board, Record<never, never>, never> => ({ ok: true, next: current }), pacing);
    expect(same).toEqual({ ok: true, item: before?.item, etag: before?.etag });
    expect(await docs.get('board', TENANT)).toEqual(before);
  });

  it('answers not_found for a missing document, and when it is deleted between the read and the write', async () => {
    const docs = await openBoard(await stores.open(kind));
    const pacing = { sleep: yieldTurn };
    expect(await updateOptimistically(boardIn(docs, 'nobody'), add('Ada'), pacing)).toEqual({ ok: false, reason: 'not_found' });
    const vanishing: OptimisticDocument<Board> = {
      read: () => docs.get('board', TENANT),
      write: async (next, current) => {
        await docs.delete('board', TENANT);
        return (await docs.replace(next, current.etag)).etag;
      },
    };
    expect(await updateOptimistically(vanishing, add('Ada'), pacing)).toEqual({ ok: false, reason: 'not_found' });
  });
});

describe.each(stores.kinds)('optimistic update in lanes (%s)', (kind) => {
  /** The board in a lane, counting its reads and the writes the store refused. */
  function laned(docs: Collection<Board>, lanes: UpdateLanes) {
    const seen = { reads: 0, refused: 0 };
    const doc: OptimisticDocument<Board> = {
      read: () => (seen.reads++, docs.get('board', TENANT)),
      write: async (next, current) => {
        try {
          return (await docs.replace(next, current.etag)).etag;
        } catch (error) {
          if (error instanceof ChangedBySomeoneElseError) seen.refused++;
          throw error;
        }
      },
      lane: { lanes, key: 'board' },
    };
    return { doc, seen };
  }

  it('lands more writers of one process than there are rounds, without one collision, each on the version the one before wrote', async () => {
    const docs = await openBoard(await stores.open(kind));
    const { doc, seen } = laned(docs, new UpdateLanes());
    const names = Array.from({ length: MAX_UPDATE_ATTEMPTS * 2 }, (_, n) => `person-${n}`);
    const pauses: number[] = [];
    const results = await Promise.all(names.map((name) => updateOptimistically(doc, add(name), { sleep: async (ms) => void pauses.push(ms) })));
    expect(results.every((r) => r.ok)).toBe(true);
    expect((await docs.get('board', TENANT))?.item.names).toEqual(names);
    expect({ ...seen, pauses: pauses.length }).toEqual({ reads: 1, refused: 0, pauses: 0 });
  });

  it('still loses a round to another instance writing in between, then reads again and lands; a refusal or failure holds nobody up', async () => {
    const docs = await openBoard(await stores.open(kind));
    const { doc, seen } = laned(docs, new UpdateLanes());
    const pacing = { sleep: yieldTurn };
    // Right after Bo is written, another instance adds Cy: the version handed on to Di is stale.
    const raced: OptimisticDocument<Board> = {
      ...doc,
      write: async (next, current) => {
        const etag = await doc.write(next, current);
        ok(await updateOptimistically(boardIn(docs), add('Cy'), pacing));
        return etag;
      },
    };
    const results = await Promise.all([
      updateOptimistically(raced, add('Bo'), pacing),
      updateOptimistically(doc, add('Di'), pacing),
      updateOptimistically(doc, add('Di'), pacing),
      updateOptimistically({ ...doc, write: () => Promise.reject(new Error('store unreachable')) }, add('Ed'), pacing).catch((e: Error) => e.message),
      updateOptimistically(doc, add('Fa'), pacing),
    ]);
    expect(results.map((r) => (typeof r === 'string' ? r : r.ok ? r.added : r.reason))).toEqual(['Bo', 'Di', 'already_there', 'store unreachable', 'Fa']);
    expect((await docs.get('board', TENANT))?.item.names).toEqual(['Bo', 'Cy', 'Di', 'Fa']);
    expect(seen.refused).toBe(1);
  });
});

describe('optimistic update, bounded', () => {
  it('gives up with a conflict after MAX_UPDATE_ATTEMPTS lost rounds, pausing briefly between them', async () => {
    const current: Read<Board> = { item: { id: 'board', tenant: TENANT, names: [] }, etag: 'v1' };
    let writes = 0;
    const alwaysChanged: OptimisticDocument<Board> = {
      read: async () => current,
      write: async () => {
        writes++;
        throw new ChangedBySomeoneElseError('contract', 'board');
      },
    };
    const pauses: number[] = [];
    const result = await updateOptimistically(alwaysChanged, add('Ada'), { sleep: async (ms) => void pauses.push(ms), random: () => 0.999 });
    expect(result).toEqual({ ok: false, reason: 'conflict' });
    expect(writes).toBe(MAX_UPDATE_ATTEMPTS);
    expect(pauses).toHaveLength(MAX_UPDATE_ATTEMPTS - 1);
    expect(pauses.slice(0, 5)).toEqual([9, 19, 29, 39, 49]);
    // The whole worst case waits at most two seconds.
    expect(pauses.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(2_000);
  });

  it('spreads the pauses of writers that collided in the same round', () => {
    expect(pauseAfterLostRound(3, () => 0)).toBe(0);
    expect(pauseAfterLostRound(3, () => 0.5)).toBe(15);
    expect(pauseAfterLostRound(30, () => 0.5)).toBe(25);
  });

  it('passes any other store failure through at once', async () => {
    const failing: OptimisticDocument<Board> = {
      read: async () => ({ item: { id: 'board', tenant: TENANT, names: [] }, etag: 'v1' }),
      write: async () => {
        throw new Error('store unreachable');
      },
    };
    await expect(updateOptimistically(failing, add('Ada'), { sleep: yieldTurn })).rejects.toThrow('store unreachable');
  });
});
