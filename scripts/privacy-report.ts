// Measures the identifier check on its corpus: catch rate per kind, false alarms on the
// clean texts (blocking and warnings apart) and throughput on a 2000-character text; then
// the forms of issue #20 (generated, seeded, hundreds per kind: separator styles, postcodes
// anywhere, addresses by shape, obfuscations) and false alarms per kind on 360 generated
// professional texts full of numbers that identify no one.
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
import { cleanProfessionalTexts } from '../test/privacy/corpus/clean-professional.js';
import { generatedForms, type FormSample } from '../test/privacy/corpus/generated-forms.js';

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

/**
 * Catch rate per kind (blocked at all; each text holds one identifier) and, below 100 %,
 * per written form, with how many were blocked under another kind's name and the first misses.
 */
function formRates(title: string, samples: readonly FormSample[]): void {
  const rows = new Map<string, { n: number; caught: number; renamed: number }>();
  const misses: FormSample[] = [];
  for (const sample of samples) {
    const { blocking } = checkText(sample.text);
    const caught = blocking.length > 0;
    const renamed = caught && !blocking.some((f) => f.kind === sample.kind);
    if (!caught) misses.push(sample);
    for (const key of [sample.kind, sample.form]) {
      const row = rows.get(key) ?? { n: 0, caught: 0, renamed: 0 };
      rows.set(key, { n: row.n + 1, caught: row.caught + (caught ? 1 : 0), renamed: row.renamed + (renamed ? 1 : 0) });
    }
  }
  console.log(`\n${title} (${samples.length} texts)`);
  for (const kind of BLOCKING_KINDS) {
    const row = rows.get(kind);
    if (row === undefined) continue;
    const renamed = row.renamed > 0 ? `  (${row.renamed} named as another kind)` : '';
    console.log(`  ${kind.padEnd(26)} ${String(row.caught).padStart(4)} / ${String(row.n).padEnd(4)} ${percent(row.caught, row.n)}${renamed}`);
  }
  const forms = [...new Set(samples.map((s) => s.form))];
  for (const form of forms) {
    const { n, caught } = rows.get(form)!;
    if (caught < n) console.log(`    ${form.padEnd(46)} ${String(caught).padStart(3)} / ${String(n).padEnd(3)} ${percent(caught, n)}`);
  }
  const firstPerKind = misses.filter((s, i) => misses.slice(0, i).filter((m) => m.kind === s.kind).length < 3);
  if (misses.length > 0) console.log(`  first misses per kind:\n${firstPerKind.map((s) => `    ${s.kind}: ${s.text}`).join('\n')}`);
}

/** Share of clean texts in which each kind was found: every finding there is a false alarm. */
function falseAlarmsPerKind(title: string, texts: readonly string[]): void {
  const hits = new Map<FindingKind, number>();
  let any = 0;
  const examples: string[] = [];
  for (const text of texts) {
    const { blocking, warnings } = checkText(text);
    if (blocking.length > 0) any++;
    for (const kind of new Set([...blocking, ...warnings].map((f) => f.kind))) hits.set(kind, (hits.get(kind) ?? 0) + 1);
    for (const f of [...blocking, ...warnings].slice(0, 1)) if (examples.length < 12) examples.push(`    ${f.kind} "${text.slice(f.start, f.end)}" in: ${text}`);
  }
  console.log(`\n${title} (${texts.length} texts)`);
  for (const kind of [...BLOCKING_KINDS, ...WARNING_KINDS]) {
    const n = hits.get(kind) ?? 0;
    console.log(`  ${kind.padEnd(26)} ${String(n).padStart(4)} texts  ${percent(n, texts.length)}`);
  }
  console.log(`  any blocking kind          ${String(any).padStart(4)} texts  ${percent(any, texts.length)}`);
  if (examples.length > 0) console.log(`  first false alarms:\n${examples.join('\n')}`);
}

/** Milliseconds per check of `texts` joined and cut to exactly 2000 characters. */
function msPer2000(texts: readonly string[]): number {
  let text = '';
  for (let i = 0; text.length < 2000; i++) text += `${texts[i % texts.length]} `;
  text = text.slice(0, 2000);
  for (let i = 0; i < 200; i++) checkText(text);
  const runs = 2000;
  const started = process.hrtime.bigint();
  for (let i = 0; i < runs; i++) checkText(text);
  return Number(process.hrtime.bigint() - started) / 1e6 / runs;
}

function throughput(): void {
  // Clean and identifying texts mixed, as before, and each new set on its own.
  const mixed = CLEAN.flatMap((text, i) => (i % 5 === 0 ? [text, IDENTIFYING[i % IDENTIFYING.length]!.text] : [text]));
  console.log('\nTime per 2000 characters');
  for (const [name, texts] of [
    ['corpus, clean and identifying mixed', mixed],
    ['professional texts full of numbers', cleanProfessionalTexts()],
    ['generated identifying forms', generatedForms().map((s) => s.text)],
  ] as const) {
    console.log(`  ${name.padEnd(38)} ${msPer2000(texts).toFixed(3)} ms`);
  }
}

catchRates('Identifying corpus', IDENTIFYING);
catchRates('Generated variants', identifyingVariants());
formRates('Generated forms of issue #20', generatedForms());
falseAlarms('Clean corpus', CLEAN);
falseAlarms('Generated clean numbers', cleanNumberVariants());
falseAlarmsPerKind('Professional texts full of numbers', cleanProfessionalTexts());
throughput();
