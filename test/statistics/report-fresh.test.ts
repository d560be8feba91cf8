// A report asked again and again (statistics in chat) may give back what it counted before only
// while nothing it reads has been written. Right after a submit, a claim, an answer and a close
// in the RC, whichever instance on the database wrote them, the report's figures are the ones a
// service that remembers nothing counts. On both stores, through the queue chat and the tab use.

import { describe, expect, it } from 'vitest';
import { NetworkSessionStats } from '../../services/sessions/session-stats-source.js';
import { QueuedReports } from '../../services/statistics/queued-reports.js';
import type { DocumentStore } from '../../services/storage/port.js';
import type { ReportRequest, StatisticsReport } from '../../services/statistics/types.js';
import { asRequester, coordinating, harness, validInput } from '../fixtures/consultations.js';
import { GBG } from '../fixtures/directory.js';
import { useStores } from '../helpers/stores.js';
import { figure, own, rc, statistics } from './helpers.js';

const stores = useStores();
const START = '2026-05-04T07:00:00Z';
const MAY: ReportRequest = { scope: rc(GBG), period: { kind: 'month', year: 2026, index: 5 }, viewer: own(GBG) };

/** The reports chat gives on `store`, remembering what they may between requests, as the app wires them. */
function chatReports(store: DocumentStore) {
  const { service } = statistics(store, { now: START, sessions: new NetworkSessionStats(store) });
  return new QueuedReports(service, 1);
}

async function mayOf(reports: Pick<QueuedReports, 'report'>): Promise<StatisticsReport> {
  const result = await reports.report(MAY);
  if (!result.ok) throw new Error(`report refused: ${JSON.stringify(result)}`);
  return result.report;
}

/** Submit, claim, answer and close on `writer`; after each, the chat's report on `reader` against a fresh count. */
async function expectFreshThroughACase(writer: DocumentStore, reader: DocumentStore): Promise<void> {
  const h = harness(writer, { start: START });
  const reports = chatReports(reader);
  expect(figure(await mayOf(reports), 'ga2.cases').value).toBe(0);

  const submitted = await h.service.submit(asRequester, validInput({ sector: 'school' }));
  if (!submitted.ok) throw new Error(`submit failed: ${JSON.stringify(submitted)}`);
  const id = submitted.record.id;
  const steps: Array<[string, () => Promise<unknown>]> = [
    ['claim', async () => {
      h.clock.advanceHours(2);
      return h.service.claim(coordinating(1), GBG, id);
    }],
    ['answer', async () => {
      h.clock.advanceHours(1);
      return h.service.answer(coordinating(1), GBG, id, { answer: 'Gör en orosanmälan.', outcomes: 'report_of_concern' });
    }],
    ['close', () => h.service.close(coordinating(1), GBG, id)],
  ];
  const check = async (what: string) => {
    const report = await mayOf(reports);
    expect({ what, figures: report.figures }).toEqual({ what, figures: (await mayOf(chatReports(reader))).figures });
    return report;
  };
  expect(figure(await check('submit'), 'ga2.cases').value).toBe(1);
  let last: StatisticsReport | undefined;
  for (const [what, step] of steps) {
    expect(await step()).toMatchObject({ ok: true });
    last = await check(what);
  }
  if (!last) throw new Error('no step ran');
  expect(figure(last, 'ga2.hours_to_claim.median').value).toBe(2);
  expect(figure(last, 'ga2.hours_to_answer.median').value).toBe(3);
  expect(figure(last, 'ga2.outcome.report_of_concern').value).toBe(1);
}

describe.each(stores.kinds)('a report asked again is fresh after every write (%s)', (kind) => {
  it('after a submit, claim, answer and close of this instance', async () => {
    const store = await stores.open(kind);
    await expectFreshThroughACase(store, store);
  });

  it('after a submit, claim, answer and close of another instance on the same database', async () => {
    const [mine, theirs] = await stores.openTwins(kind);
    await expectFreshThroughACase(theirs, mine);
  });
});
