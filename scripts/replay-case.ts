// Replays one case of several contacts on a fresh embedded store and prints the statistics
// before and after: a professional's request to Göteborg, claimed, a phone call, an e-mail
// and a meeting on the same case, the stage at first contact, a transfer to Fyrbodal (the
// case's municipality is theirs), and the answer from there. Göteborg has five earlier logged
// phone consultations, so the "before" is not empty.
// Run: npm run replay:case   (builds, then node dist/scripts/replay-case.js)
//
// Exact figures are what each RC's own coordinators see; the national view is what everyone
// else sees, with counts of 1-4 hidden.

import { randomUUID } from 'node:crypto';
import { CaseContacts } from '../services/consultation/case-contacts.js';
import { CaseHandover } from '../services/consultation/case-handover.js';
import { ConsultationService } from '../services/consultation/consultation-service.js';
import { DirectoryIndex } from '../services/directory/lookup.js';
import type { Actor } from '../services/rights/actor.js';
import { SqliteStore } from '../services/storage/sqlite/sqlite-store.js';
import { StatisticsService } from '../services/statistics/statistics-service.js';
import type { Figure, ReportRequest } from '../services/statistics/types.js';
import { FakeClock } from '../services/time/fake-clock.js';

const GBG = 'resursteam-heder-goteborg';
const FYR = 'resurscentrum-barnahus-fyrbodal';
const MONTH = { kind: 'month', year: 2026, index: 3 } as const;
const SHOWN = [
  'ga2.cases', 'ga2.contacts', 'ga2.contacts.mean',
  'ga2.contacts.by_channel.teams', 'ga2.contacts.by_channel.phone', 'ga2.contacts.by_channel.email', 'ga2.contacts.by_channel.meeting',
  'ga2.contacts_per_case.1', 'ga2.contacts_per_case.2_4', 'ga2.contacts_per_case.5_9',
  'ga2.stage.recorded', 'ga2.stage.investigation_under_way',
  'ga2.transfers.sent', 'ga2.transfers.received',
];

const person = (id: string, name: string, coordinatorOf: string[] = []): Actor => ({ id, name, isAdmin: false, coordinatorOf });
const asker = person('29:skolkurator', 'Skolkurator');
const lina = person('29:lina', 'Lina (GBG)', [GBG]);
const omar = person('29:omar', 'Omar (FYR)', [FYR]);

function must<T extends { ok: boolean }>(step: string, result: T): Extract<T, { ok: true }> {
  if (!result.ok) throw new Error(`${step}: ${JSON.stringify(result)}`);
  console.log(`  ✓ ${step}`);
  return result as Extract<T, { ok: true }>;
}

async function main(): Promise<void> {
  const store = new SqliteStore({ file: ':memory:' });
  await store.init();
  const clock = new FakeClock('2026-03-09T08:00:00Z');
  const directory = new DirectoryIndex();
  const consultations = new ConsultationService(store, () => directory, clock, { retentionDays: 90 });
  const handover = new CaseHandover(store, () => directory, clock);
  const contacts = new CaseContacts(store, clock);
  const statistics = new StatisticsService(store, () => directory, clock, {});

  const log = { municipality: '1480', sector: 'social_services', gender: 'girl_woman', ageBand: '13-17', violence: 'control', perpetrators: 'parents', questionType: 'hrv', urgent: 'false', channel: 'phone', contacts: '1' };
  for (let i = 0; i < 5; i++) must(`earlier logged phone consultation ${i + 1}`, await consultations.logConsultation(lina, GBG, { ...log, submissionKey: randomUUID() }));

  const figures = async (label: string) => {
    const requests: Array<[string, ReportRequest]> = [
      ['GBG (exact)', { scope: { kind: 'rc', rcId: GBG }, period: MONTH, viewer: { kind: 'own_rc_coordinator', rcId: GBG } }],
      ['FYR (exact)', { scope: { kind: 'rc', rcId: FYR }, period: MONTH, viewer: { kind: 'own_rc_coordinator', rcId: FYR } }],
      ['National (others)', { scope: { kind: 'all' }, period: MONTH, viewer: { kind: 'other' } }],
    ];
    const columns: Map<string, Figure>[] = [];
    for (const [, request] of requests) {
      const result = await statistics.report(request);
      if (!result.ok) throw new Error(`report: ${result.reason}`);
      columns.push(new Map(result.report.figures.map((f) => [f.indicator, f])));
    }
    console.log(`\n${label}, March 2026`);
    console.log(`${'indicator'.padEnd(36)}${requests.map(([name]) => name.padStart(19)).join('')}`);
    for (const code of SHOWN) console.log(`${code.padEnd(36)}${columns.map((c) => (c.get(code)?.display ?? '?').padStart(19)).join('')}`);
  };

  await figures('Before');
  console.log('\nReplaying one case:');
  const request = must('request from a school counsellor to Göteborg', await consultations.submit(asker, {
    municipality: '1480', sector: 'school', gender: 'girl_woman', ageBand: '13-17', violence: 'control,marriage', perpetrators: 'parents',
    questionType: 'hrv', urgent: 'false', deidentified: 'true', submissionKey: randomUUID(),
    question: 'Flicka 15 år berättar att familjen planerar en resa i sommar och att hon är rädd att bli bortgift. Hur går skolan vidare?',
  }));
  const id = request.record.id;
  clock.advance(2 * 3_600_000);
  must('claimed by Lina', await consultations.claim(lina, GBG, id));
  must('stage at first contact: investigation under way', await contacts.setStage(lina, GBG, id, 'investigation_under_way'));
  clock.advance(24 * 3_600_000);
  must('phone call on 10 March', await contacts.addContact(lina, GBG, id, { channel: 'phone', on: '2026-03-10', contactKey: randomUUID() }));
  clock.advance(24 * 3_600_000);
  must('e-mail on 11 March', await contacts.addContact(lina, GBG, id, { channel: 'email', on: '2026-03-11', contactKey: randomUUID() }));
  clock.advance(24 * 3_600_000);
  must('meeting on 12 March', await contacts.addContact(lina, GBG, id, { channel: 'meeting', on: '2026-03-12', contactKey: randomUUID() }));
  const moved = must('transferred to Fyrbodal: the family lives in their area', await handover.transfer(lina, GBG, id, { toRcId: FYR, reason: 'other_area' }, lina.id));
  console.log(`    ${moved.record.reference} → ${moved.copy.reference}, ${moved.copy.contacts} contacts so far; the requester is told the centre, not a name`);
  clock.advance(3_600_000);
  must('claimed by Omar at Fyrbodal', await consultations.claim(omar, FYR, moved.copy.id));
  must('answered by Fyrbodal', await consultations.answer(omar, FYR, moved.copy.id, {
    answer: 'Gör en orosanmälan och en riskbedömning. Överväg utreseförbud; vi kan delta i ett samråd med socialtjänsten.',
    outcomes: 'report_of_concern,risk_assessment,travel_ban',
  }));
  clock.advance(3_600_000);
  await figures('After');
  await store.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
