// Vitest as StrykerJS runs it: only the tests of the module under mutation (MUTATION_TESTS,
// set by stryker.config.mjs), in one worker, since Stryker runs them over and over.
import { defineConfig } from 'vitest/config';
import { LoadFailureReporter } from './test/helpers/load-failure-reporter.js';

const tests = (process.env.MUTATION_TESTS ?? '').split(',').filter(Boolean);

export default defineConfig({
  test: {
    include: tests.length > 0 ? tests : ['none-selected'],
    exclude: ['node_modules/**', 'dist/**', 'tab/**'],
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // The rules are pure: the SQLite store alone exercises them (test/helpers/stores.ts).
    env: { TEST_STORES: 'sqlite' },
    // A mutant that stops a module from loading fails the test files that import it: count that
    // as a failed test, or Stryker calls the mutant survived (see the reporter).
    reporters: ['default', new LoadFailureReporter()],
  },
});
