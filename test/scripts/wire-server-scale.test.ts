// bench-turns runs the Cosmos DB wire server with its queries' rows built in linear time
// (scripts/bench-turns/wire-server-scale.ts): the rewritten code must give the same answers,
// pages and continuations as the server's own, or the bench would time a different server.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { linearRows } from '../../scripts/bench-turns/wire-server-scale.js';

const require = createRequire(import.meta.url);
const compile = (require('@zeit/cosmosdb-query') as { default: (sql: string) => { code: string } }).default;
type Executor = (docs: unknown[], options: { code: string; parameters: Array<{ name: string; value: unknown }>; maxItemCount?: number; continuation?: { token: string }; compositeIndexes?: unknown[] }) => {
  result: unknown[];
  continuation: { token: string } | null;
};
const execute = (require('@zeit/cosmosdb-query/lib/executor') as { default: Executor }).default;

// Two RCs' records and a counter document, in creation (_rid) order, some without a field the queries read.
const docs = Array.from({ length: 60 }, (_, i) => ({
  id: `R-2026-${i}`,
  rcId: i % 3 === 0 ? 'kronoberg' : 'goteborg',
  kind: i === 7 ? 'reference-counter' : 'consultation',
  year: i % 5 === 0 ? 2025 : 2026,
  seq: (i * 37) % 61,
  ...(i % 4 === 0 ? {} : { submissionKey: `key-${i % 9}` }),
  times: { created: new Date(Date.UTC(2026, 0, 1 + ((i * 11) % 50))).toISOString() },
  _rid: `rid-${String(i).padStart(4, '0')}`,
}));
const parameters = [
  { name: '@kind', value: 'consultation' },
  { name: '@rc', value: 'goteborg' },
  { name: '@year', value: 2026 },
  { name: '@key', value: 'key-3' },
];
const compositeIndexes = [[{ path: '/kind', order: 'descending' }, { path: '/year', order: 'descending' }, { path: '/seq', order: 'descending' }]];

const SHAPES = [
  'SELECT VALUE COUNT(1) FROM c WHERE c.kind = @kind',
  'SELECT * FROM c WHERE c.kind = @kind AND c.rcId = @rc',
  'SELECT c.id FROM c WHERE c.kind = @kind AND c.submissionKey = @key',
  'SELECT * FROM c WHERE c.rcId = @rc ORDER BY c.times.created DESC',
  'SELECT TOP 1 c.seq FROM c WHERE c.kind = @kind AND c.rcId = @rc AND c.year = @year ORDER BY c.kind DESC, c.year DESC, c.seq DESC',
];

describe('the bench wire server with linear query rows', () => {
  it('pages the longer answers', () => {
    const code = linearRows(compile(SHAPES[1]!).code);
    const first = execute(docs, { code, parameters, maxItemCount: 7 });
    expect(first.result).toHaveLength(7);
    expect(first.continuation).not.toBeNull();
  });

  it.each(SHAPES)('answers %s as the server does, page by page', (sql) => {
    const original = compile(sql).code;
    const linear = linearRows(original);
    expect(linear).not.toBe(original);
    const pages = (code: string) => {
      const all: unknown[] = [];
      let continuation: { token: string } | undefined;
      do {
        const page = execute(docs, { code, parameters, maxItemCount: 7, compositeIndexes, ...(continuation ? { continuation } : {}) });
        all.push(page);
        continuation = page.continuation ?? undefined;
      } while (continuation);
      return all;
    };
    const own = pages(original);
    expect(pages(linear)).toEqual(own);
    // Each shape finds something, and the longer ones take several pages.
    expect((own as Array<{ result: unknown[] }>).flatMap((p) => p.result).length).toBeGreaterThan(0);
  });
});
