// Records that reproduce a published table: n cases, each published share turned into a
// count (share x n, rounded half up), single-choice categories dealt out in blocks and
// multi-select ones in overlapping runs around the circle of cases, so every case gets at
// least one violence form and one perpetrator whenever the published counts add up to n.

import type { ConsultationRecord } from '../../services/consultation/record.js';
import type { DirectoryIndex } from '../../services/directory/lookup.js';
import { BREAKDOWNS, SELF_REFERRALS, SHARE_SUFFIX, type Breakdown } from '../../services/statistics/indicators.js';
import { startOfZonedDay } from '../../services/time/zoned-time.js';
import { daysBetween } from '../../services/time/local-date.js';
import { SHIPPED } from '../fixtures/directory.js';
import { RecordFactory } from './helpers.js';
import type { PublishedTable } from './published-2020.js';

/** Which breakdown a share indicator belongs to, and its category. */
export function cellOf(shareIndicator: string): { breakdown: Breakdown; category: string } {
  const indicator = shareIndicator.slice(0, -SHARE_SUFFIX.length);
  for (const breakdown of BREAKDOWNS) {
    const cell = breakdown.cells.find((c) => c.indicator === indicator);
    if (cell) return { breakdown, category: cell.category };
  }
  throw new Error(`no breakdown holds ${shareIndicator}`);
}

/** The count whose share of n is nearest the published percentage. */
export function countFor(percent: number, n: number): number {
  return Math.floor((percent * n) / 100 + 0.5);
}

type Field = 'sector' | 'gender' | 'violence' | 'perpetrators' | 'outcomes';
const FIELD_OF: Record<string, Field> = {
  'ga2.sector': 'sector',
  'ga2.gender': 'gender',
  'ga2.violence': 'violence',
  'ga2.perpetrator': 'perpetrators',
  'ga2.outcome': 'outcomes',
};

export function replayRecords(table: PublishedTable, directory: DirectoryIndex = SHIPPED): ConsultationRecord[] {
  const n = table.cases.n;
  const single = new Map<Field, (string | undefined)[]>();
  const multi = new Map<Field, string[][]>();
  const counts = new Map<string, Array<{ category: string; count: number }>>();
  for (const share of table.shares) {
    const { breakdown, category } = cellOf(share.indicator);
    const exact = breakdown.cells.find((c) => c.category === category)?.indicator === SELF_REFERRALS ? table.selfReferrals?.n : undefined;
    counts.set(breakdown.code, [...(counts.get(breakdown.code) ?? []), { category, count: exact ?? countFor(share.percent, n) }]);
  }
  for (const [code, cells] of counts) {
    const field = FIELD_OF[code];
    if (!field) throw new Error(`replay does not fill ${code}`);
    const breakdown = BREAKDOWNS.find((b) => b.code === code);
    if (breakdown?.multiSelect) multi.set(field, aroundTheCircle(cells, n));
    else single.set(field, inBlocks(cells, n, table.remainder[code]));
  }

  const area = coverageCodes(table, directory);
  const from = startOfZonedDay(table.period.from).getTime();
  const days = daysBetween(table.period.from, table.period.to) + 1;
  const factory = new RecordFactory(directory);
  return Array.from({ length: n }, (_, i) => {
    // Spread over the period's days, around 09:00 Stockholm (whole days in ms drift by the DST hour, never off the day).
    const created = new Date(from + Math.floor((i * days) / n) * 86_400_000 + 9 * 3_600_000).toISOString();
    return factory.make({
      rcId: table.rcId,
      created,
      municipality: area[i % area.length] as string,
      channel: (table.channel?.code ?? 'phone') as ConsultationRecord['channel'],
      contacts: 1 + (i % 5),
      ...(single.has('sector') ? { sector: single.get('sector')?.[i] as ConsultationRecord['sector'] } : {}),
      ...(single.has('gender') ? { gender: single.get('gender')?.[i] as ConsultationRecord['gender'] } : {}),
      violence: (multi.get('violence')?.[i] ?? ['other']) as ConsultationRecord['violence'],
      perpetrators: (multi.get('perpetrators')?.[i] ?? ['unknown']) as ConsultationRecord['perpetrators'],
      outcomes: (multi.get('outcomes')?.[i] ?? []) as ConsultationRecord['outcomes'],
    });
  });
}

/** Consecutive blocks per category; cases left over get the remainder category. */
function inBlocks(cells: Array<{ category: string; count: number }>, n: number, remainder: string | undefined): (string | undefined)[] {
  const out: (string | undefined)[] = cells.flatMap((c) => Array<string>(c.count).fill(c.category));
  if (out.length > n) throw new Error(`published shares add up to ${out.length} of ${n} cases`);
  while (out.length < n) {
    if (remainder === undefined) throw new Error('published shares leave cases over and no remainder category is given');
    out.push(remainder);
  }
  return out;
}

/** Each category takes the next `count` cases around the circle, so runs overlap only where counts exceed n in sum. */
function aroundTheCircle(cells: Array<{ category: string; count: number }>, n: number): string[][] {
  const out = Array.from({ length: n }, () => [] as string[]);
  let at = 0;
  for (const { category, count } of cells) {
    for (let k = 0; k < count; k++) out[(at + k) % n]?.push(category);
    at = (at + count) % n;
  }
  return out;
}

/** The first `reached` municipalities of the RC's area, or its only one. */
function coverageCodes(table: PublishedTable, directory: DirectoryIndex): string[] {
  const centre = directory.centre(table.rcId);
  if (!centre || centre.coverage.kind !== 'municipalities') throw new Error(`${table.rcId} has no municipality list`);
  return centre.coverage.codes.slice(0, table.coverage?.reached ?? centre.coverage.codes.length);
}
