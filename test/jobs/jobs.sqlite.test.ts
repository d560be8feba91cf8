import { SqliteStore } from '../../services/storage/sqlite/sqlite-store.js';
import { describeJobScenarios } from './job-scenarios.js';

// One in-memory store shared by both runners of a test: two bot instances on one database.
describeJobScenarios('sqlite', async () => {
  const store = new SqliteStore({ file: ':memory:' });
  return { store, cleanup: () => store.close() };
});
