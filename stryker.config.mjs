// StrykerJS for one module of the domain rules, chosen by MUTATION_MODULE (see
// scripts/mutation/modules.mjs); `npm run test:mutation` runs them one after the other.
import { MODULES } from './scripts/mutation/modules.mjs';

const module = MODULES.find((m) => m.name === process.env.MUTATION_MODULE);
if (!module) throw new Error(`MUTATION_MODULE must name one of: ${MODULES.map((m) => m.name).join(', ')}`);
// The vitest config in the sandbox reads this to run only the module's own tests.
process.env.MUTATION_TESTS = module.tests.join(',');

export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: module.mutate,
  coverageAnalysis: 'perTest',
  // The machine is shared: one test process at a time, and generous timeouts under load.
  concurrency: 1,
  timeoutMS: 15000,
  reporters: ['clear-text', 'json', 'progress'],
  jsonReporter: { fileName: `reports/mutation/${module.name}.json` },
  // `-- --incremental`: reuse the last run's results of mutants whose code and covering tests did
  // not change, so measuring again after adding tests costs the survivors' time. Not the
  // default: a static mutant (a module-level constant) records no covering tests, so its
  // last result is reused even when new tests would now kill it.
  incremental: process.env.MUTATION_INCREMENTAL === '1',
  incrementalFile: `reports/mutation/${module.name}.incremental.json`,
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  ignorePatterns: ['dist', '.data', 'test-results', 'manifest/build', 'devTools', 'reports', 'tab/dist'],
  thresholds: { high: module.target, low: module.target, break: null },
};
