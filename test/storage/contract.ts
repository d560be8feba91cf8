// The storage contract: one suite that both adapters must pass unchanged. Each test gets a
// fresh, initialised store, so tests never see each other's documents.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Collection, Document, DocumentStore } from '../../services/storage/port.js';
import { compositeContract, coveringContract } from './contract-composite.js';
import { crudContract } from './contract-crud.js';
import { pagingContract } from './contract-paging.js';
import { queryContract } from './contract-queries.js';
import { writeVersionContract } from './contract-write-version.js';

export interface StoreUnderTest {
  store: DocumentStore;
  cleanup(): Promise<void>;
}

/** The document shape of the `contract` container (partition key field `tenant`). */
export interface ContractDoc extends Document {
  tenant: string;
  [field: string]: unknown;
}

export interface ContractContext {
  store(): DocumentStore;
  docs(): Collection<ContractDoc>;
}

export function ids(items: Array<{ id: string }>): string[] {
  return items.map((d) => d.id);
}

export function sortedIds(items: Array<{ id: string }>): string[] {
  return ids(items).sort();
}

export function describeStoreContract(name: string, makeStore: () => Promise<StoreUnderTest>): void {
  describe(`document store contract: ${name}`, () => {
    let sut: StoreUnderTest | undefined;
    const ctx: ContractContext = {
      store: () => {
        if (!sut) throw new Error('no store: beforeEach failed');
        return sut.store;
      },
      docs: () => ctx.store().collection<ContractDoc>('contract'),
    };

    beforeEach(async () => {
      sut = await makeStore();
      await sut.store.init();
    });

    afterEach(async () => {
      await sut?.cleanup();
      sut = undefined;
    });

    it('init() is idempotent and health() reports ok', async () => {
      await ctx.store().init();
      const health = await ctx.store().health();
      expect(health).toMatchObject({ ok: true, kind: ctx.store().kind });
    });

    crudContract(ctx);
    queryContract(ctx);
    pagingContract(ctx);
    compositeContract(ctx);
    coveringContract(ctx);
    writeVersionContract(ctx);
  });
}
