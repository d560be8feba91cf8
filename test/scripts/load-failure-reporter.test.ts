// The mutation runs' reporter (test/helpers/load-failure-reporter.ts) on a real vitest run: a
// test file whose import throws must show up as a failed test where StrykerJS's vitest runner
// looks for tests (every test task with a result in the run's files), not as no test at all.
import { afterEach, describe, expect, it } from 'vitest';
import type { RunnerTask } from 'vitest';
import { createVitest, type Reporter } from 'vitest/node';
import { LoadFailureReporter } from '../helpers/load-failure-reporter.js';

interface Collected { file: string; name: string; state: string | undefined; message: string | undefined }

// As @stryker-mutator/vitest-runner 9.6.1 reads a run: tests with a result, walked through suites.
function testsOf(tasks: readonly RunnerTask[]): RunnerTask[] {
  return tasks.flatMap((task) => (task.type === 'suite' ? testsOf(task.tasks) : task.type === 'test' ? [task] : []));
}

async function runFixtures(reporters: Reporter[]): Promise<Collected[]> {
  const vitest = await createVitest('test', {
    config: false,
    root: process.cwd(),
    include: ['test/fixtures/load-failure/*.fixture.ts'],
    reporters,
    watch: false,
    maxWorkers: 1,
  });
  try {
    await vitest.start();
    return vitest.state
      .getFiles()
      .flatMap((file) => testsOf(file.tasks).filter((test) => test.result))
      .map((test) => ({
        file: test.file.name.split('/').at(-1) ?? '',
        name: test.name,
        state: test.result?.state,
        message: test.result?.errors?.[0]?.message,
      }))
      .sort((a, b) => a.file.localeCompare(b.file));
  } finally {
    await vitest.close();
  }
}

describe('a test file that cannot be imported, in a mutation run', () => {
  const exitCode = process.exitCode;
  // The inner run fails on purpose and says so through the exit code, which is not this test's.
  afterEach(() => {
    process.exitCode = exitCode;
  });

  it('counts as one failed test carrying the load error; a file that loaded is left as it was', async () => {
    expect(await runFixtures([new LoadFailureReporter()])).toEqual([
      { file: 'imports-it.fixture.ts', name: 'the test file loads', state: 'fail', message: expect.stringContaining('this module refuses to load') },
      { file: 'loads.fixture.ts', name: 'adds', state: 'pass', message: undefined },
    ]);
  });

  it('without it, the file holds no test at all, so Stryker saw no failure and called the mutant survived', async () => {
    expect(await runFixtures([{}])).toEqual([{ file: 'loads.fixture.ts', name: 'adds', state: 'pass', message: undefined }]);
  });
});
