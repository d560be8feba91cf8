// For mutation runs only (vitest.mutation.config.ts): a test file that cannot even be imported
// becomes one failed test, so StrykerJS counts the mutant that broke the import as killed.
//
// Why: a mutant of a module-level constant (a word list, a set of place names) can make a module
// throw while it loads, e.g. a place name turned `undefined` that the postcode detector lower-
// cases when it builds its table. Vitest then reports the test file as failed with no tests in
// it, and Stryker's vitest runner (9.6.1, and 10.0.0 still: stryker-js issue #6150) builds the
// mutant's result from the tests it collected only. No test, no failure: "Survived", although
// every test of the module would have failed. A file that loaded is left as it is.
import type { RunnerTask, RunnerTestFile } from 'vitest';
import type { Reporter, TestModule } from 'vitest/node';
import { experimental_getRunnerTask } from 'vitest/node';

function holdsATest(tasks: readonly RunnerTask[]): boolean {
  return tasks.some((task) => task.type === 'test' || (task.type === 'suite' && holdsATest(task.tasks)));
}

/** The failed test that stands for a file whose import threw. */
export function loadFailureAsTest(file: RunnerTestFile): RunnerTask | undefined {
  if (file.result?.state !== 'fail' || holdsATest(file.tasks)) return undefined;
  const errors = file.result.errors ?? [{ message: 'the test file failed to load', name: 'Error' }];
  // Vitest's Test also carries a context it builds itself; nothing reads one once the run is over.
  return {
    type: 'test',
    id: `${file.id}_load`,
    name: 'the test file loads',
    fullName: `${file.name} > the test file loads`,
    mode: 'run',
    file,
    suite: file,
    meta: {},
    annotations: [],
    artifacts: [],
    timeout: 0,
    result: { state: 'fail', errors },
  } as unknown as RunnerTask;
}

export class LoadFailureReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    for (const module of testModules) {
      const file = experimental_getRunnerTask(module);
      const stand = loadFailureAsTest(file);
      if (stand) file.tasks.push(stand);
    }
  }
}
