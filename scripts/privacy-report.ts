// Measures the identifier check on its corpus: catch rate per kind, false alarms on the
// clean texts (blocking and warnings apart) and throughput on a 2000-character text.
// Run: npm run build && node dist/scripts/privacy-report.js
//
// The corpus lives in test/privacy/corpus/ beside the tests that hold the same bars.
// tsconfig.json only lists bot, cards, services and scripts as roots, but tsc compiles
// every module a root imports, so importing it here emits it to dist/test/privacy/corpus/.

import { checkText } from '../services/privacy/index.js';
import { BLOCKING_KINDS, WARNING_KINDS, type FindingKind } from '../services/privacy/types.js';
import { CLEAN } from '../test/privacy/corpus/clean.js';
import { IDENTIFYING, type IdentifyingSample } from '../test/privacy/corpus/identifying.js';
import { cleanNumberVariants, identifyingVariants } from '../test/privacy/corpus/variants.js';

const percent = (part: number, whole: number) => (whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)} %`);

function catchRates(title: string, samples: readonly IdentifyingSample[]): void {
  const expected = new Map<FindingKind, number>();
  const caught = new Map<FindingKind, number>();
  const misses: string[] = [];
  for (const { text, expect, knownMiss } of samples) {
    const check = checkText(text);
    const found = new Set([...check.blocking, ...check.warnings].map((f) => f.kind));
    for (const kind of expect) {
      expected.set(kind, (expected.get(kind) ?? 0) + 1);
      if (found.has(kind)) caught.set(kind, (caught.get(kind) ?? 0) + 1);
      else misses.push(`  ${kind}: ${text}${knownMiss ? `  (known miss: ${knownMiss})` : ''}`);
    }
  }
  console.log(`\n${title} (${samples.length} texts)`);
  for (const kind of [...BLOCKING_KINDS, ...WARNING_KINDS]) {
    const n = expected.get(kind) ?? 0;
    if (n === 0) continue;
    const c = caught.get(kind) ?? 0;
    console.log(`  ${kind.padEnd(26)} ${String(c).padStart(4)} / ${String(n).padEnd(4)} ${percent(c, n)}`);
  }
  if (misses.length > 0) console.log(`  misses:\n${misses.join('\n')}`);
}

function falseAlarms(title: string, texts: readonly string[]): void {
  let blocked = 0;
  let warned = 0;
  const examples: string[] = [];
  for (const text of texts) {
    const { blocking, warnings } = checkText(text);
    if (blocking.length > 0) blocked++;
    if (warnings.length > 0) warned++;
    for (const f of [...blocking, ...warnings]) examples.push(`  ${f.kind} "${text.slice(f.start, f.end)}" in: ${text}`);
  }
  console.log(`\n${title} (${texts.length} texts)`);
  console.log(`  blocking false alarms: ${blocked} texts, ${percent(blocked, texts.length)}`);
  console.log(`  warning false alarms:  ${warned} texts, ${percent(warned, texts.length)}`);
  if (examples.length > 0) console.log(examples.join('\n'));
}

function throughput(): void {
  // Clean and identifying texts mixed, cut to exactly 2000 characters.
  let text = '';
  for (let i = 0; text.length < 2000; i++) text += `${CLEAN[i % CLEAN.length]} ${i % 5 === 0 ? IDENTIFYING[i % IDENTIFYING.length]!.text : ''} `;
  text = text.slice(0, 2000);
  for (let i = 0; i < 200; i++) checkText(text);
  const runs = 2000;
  const started = process.hrtime.bigint();
  for (let i = 0; i < runs; i++) checkText(text);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(`\nThroughput on a ${text.length}-character text: ${Math.round(runs / seconds)} checks/s (${((seconds / runs) * 1000).toFixed(3)} ms each)`);
}

catchRates('Identifying corpus', IDENTIFYING);
catchRates('Generated variants', identifyingVariants());
falseAlarms('Clean corpus', CLEAN);
falseAlarms('Generated clean numbers', cleanNumberVariants());
throughput();
