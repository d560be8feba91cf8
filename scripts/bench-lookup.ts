// Benchmark of the directory lookup: free-text place → centres, and the type-ahead.
// Run: npx tsc -p tsconfig.json && node dist/scripts/bench-lookup.js [lookups] [typeaheads]
// Queries are generated up front from a fixed seed so runs are comparable.

import { COUNTIES } from '../services/directory/data/counties.js';
import { MUNICIPALITIES } from '../services/directory/data/municipalities.js';
import { DirectoryIndex } from '../services/directory/lookup.js';
import { seededRandom as random } from '../test/helpers/seeded-random.js';

const LOOKUPS = Number(process.argv[2] ?? 100_000);
const TYPEAHEADS = Number(process.argv[3] ?? 10_000);
const WARM_UP = 2_000;


const rand = random(20261122);
const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
const stripDiacritics = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');

/** One random edit: substitution, deletion, insertion or swap of neighbours. */
function typo(word: string): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const i = Math.floor(rand() * word.length);
  switch (Math.floor(rand() * 4)) {
    case 0: return word.slice(0, i) + pick([...letters]) + word.slice(i + 1);
    case 1: return word.slice(0, i) + word.slice(i + 1);
    case 2: return word.slice(0, i) + pick([...letters]) + word.slice(i);
    default: return i + 1 < word.length ? word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2) : word + 'a';
  }
}

function lookupQuery(): string {
  const roll = rand();
  const m = pick(MUNICIPALITIES);
  if (roll < 0.35) return m.name;
  if (roll < 0.6) return stripDiacritics(m.name).toLowerCase();
  if (roll < 0.85) return typo(stripDiacritics(m.name).toLowerCase());
  if (roll < 0.95) return pick([pick(COUNTIES).name, pick(COUNTIES).shortName, pick(COUNTIES).letterCode]);
  return pick(['Atlantis', 'Narnia', 'Gotham', 'xyz', 'Oslo', 'Köpenhamn']);
}

function typeaheadQuery(): string {
  const name = pick(MUNICIPALITIES).name;
  const prefix = name.slice(0, 1 + Math.floor(rand() * Math.min(6, name.length)));
  return rand() < 0.3 ? stripDiacritics(prefix) : prefix;
}

interface Stats {
  perSecond: number;
  meanMicros: number;
  p50Micros: number;
  p99Micros: number;
  maxMicros: number;
}

function measure(queries: readonly string[], run: (query: string) => unknown): Stats {
  for (let i = 0; i < WARM_UP; i++) run(queries[i % queries.length]!);
  const samples = new Float64Array(queries.length);
  const started = process.hrtime.bigint();
  for (let i = 0; i < queries.length; i++) {
    const t0 = process.hrtime.bigint();
    run(queries[i]!);
    samples[i] = Number(process.hrtime.bigint() - t0) / 1_000;
  }
  const totalSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  samples.sort();
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!;
  const sum = samples.reduce((a, b) => a + b, 0);
  return {
    perSecond: queries.length / totalSeconds,
    meanMicros: sum / samples.length,
    p50Micros: at(0.5),
    p99Micros: at(0.99),
    maxMicros: samples[samples.length - 1]!,
  };
}

function report(label: string, count: number, stats: Stats): void {
  const f = (n: number) => n.toFixed(1);
  console.log(
    `${label.padEnd(10)} ${String(count).padStart(7)} calls  ${Math.round(stats.perSecond).toLocaleString('en')}/s  ` +
      `mean ${f(stats.meanMicros)} µs  p50 ${f(stats.p50Micros)} µs  p99 ${f(stats.p99Micros)} µs  max ${f(stats.maxMicros)} µs`,
  );
}

const buildStart = process.hrtime.bigint();
const index = new DirectoryIndex();
const buildMillis = Number(process.hrtime.bigint() - buildStart) / 1e6;

const lookups = Array.from({ length: LOOKUPS }, lookupQuery);
const typeaheads = Array.from({ length: TYPEAHEADS }, typeaheadQuery);

let matched = 0;
const lookupStats = measure(lookups, (q) => {
  if (index.lookup(q).centres !== null) matched++;
});
const typeaheadStats = measure(typeaheads, (q) => index.typeahead(q, 8));

console.log(`directory ${index.version}: index built in ${buildMillis.toFixed(1)} ms (node ${process.version})`);
report('lookup', LOOKUPS, lookupStats);
report('typeahead', TYPEAHEADS, typeaheadStats);
console.log(`lookups resolved to a place: ${((100 * matched) / (LOOKUPS + WARM_UP)).toFixed(1)} %`);
