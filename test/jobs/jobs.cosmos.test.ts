// The job runner against the Cosmos adapter, over the in-process Cosmos DB wire server.

import { useCosmosDatabases } from '../storage/cosmos-databases.js';
import { describeJobScenarios } from './job-scenarios.js';

describeJobScenarios('cosmos', useCosmosDatabases('jobs'));
