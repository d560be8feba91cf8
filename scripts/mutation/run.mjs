// `npm run test:mutation [-- [--incremental] name …]`: StrykerJS over the domain rules, one module at a time
// (never two runs at once), then the score per module against its target. Exits 1 when a
// module is below its target. Reports: reports/mutation/<module>.json (git-ignored).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { MODULES } from './modules.mjs';

const incremental = process.argv.includes('--incremental');
const wanted = process.argv.slice(2).filter((a) => a !== '--incremental');
const unknown = wanted.filter((w) => !MODULES.some((m) => m.name === w));
if (unknown.length > 0) {
  console.error(`Unknown module(s): ${unknown.join(', ')}. Known: ${MODULES.map((m) => m.name).join(', ')}`);
  process.exit(2);
}
// In the order given: on a busy machine, the modules that matter most today go first.
const chosen = wanted.length > 0 ? wanted.map((w) => MODULES.find((m) => m.name === w)) : MODULES;
const stryker = new URL('../../node_modules/@stryker-mutator/core/bin/stryker.js', import.meta.url).pathname;

/** Killed and timed-out mutants count as detected; ignored ones and those that do not compile do not count. */
function score(report) {
  const counts = { Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0 };
  const survivors = [];
  for (const [file, { mutants }] of Object.entries(report.files)) {
    for (const m of mutants) {
      if (m.status in counts) counts[m.status] += 1;
      if (m.status === 'Survived' || m.status === 'NoCoverage') {
        survivors.push(`${file}:${m.location.start.line}:${m.location.start.column} ${m.mutatorName} ${m.status}${m.replacement ? ` → ${JSON.stringify(m.replacement).slice(0, 80)}` : ''}`);
      }
    }
  }
  const valid = counts.Killed + counts.Timeout + counts.Survived + counts.NoCoverage;
  return { ...counts, valid, score: valid === 0 ? 100 : (100 * (counts.Killed + counts.Timeout)) / valid, survivors };
}

const rows = [];
for (const module of chosen) {
  const started = Date.now();
  console.log(`\n=== ${module.name}: ${module.mutate.join(', ')} against ${module.tests.length} test file(s)`);
  const run = spawnSync(process.execPath, [stryker, 'run', 'stryker.config.mjs'], {
    stdio: 'inherit',
    env: { ...process.env, MUTATION_MODULE: module.name, MUTATION_INCREMENTAL: incremental ? '1' : '0' },
  });
  const minutes = (Date.now() - started) / 60000;
  if (run.status !== 0) {
    rows.push({ module, error: `Stryker exited with ${run.status}`, minutes });
    continue;
  }
  const result = score(JSON.parse(readFileSync(`reports/mutation/${module.name}.json`, 'utf8')));
  rows.push({ module, result, minutes });
}

console.log('\n| Module | Mutants | Killed | Survived | No coverage | Score | Target | Minutes |');
console.log('|---|---|---|---|---|---|---|---|');
let failed = false;
for (const { module, result, error, minutes } of rows) {
  if (error) {
    failed = true;
    console.log(`| ${module.name} | ${error} | | | | | ${module.target} % | ${minutes.toFixed(1)} |`);
    continue;
  }
  const ok = result.score >= module.target;
  failed ||= !ok;
  console.log(`| ${module.name} | ${result.valid} | ${result.Killed + result.Timeout} | ${result.Survived} | ${result.NoCoverage} | ${result.score.toFixed(1)} % ${ok ? '' : '✗'} | ${module.target} % | ${minutes.toFixed(1)} |`);
}
for (const { module, result } of rows) {
  if (result?.survivors.length) console.log(`\nSurvivors in ${module.name}:\n  ${result.survivors.join('\n  ')}`);
}
process.exit(failed ? 1 : 0);
