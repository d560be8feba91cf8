// What a deployed Cosmos DB database must hold: every product container with its partition
// key and indexing policy. One source for two readers: scripts/deploy-containers.ts writes it
// to deploy/generated/containers.json, which the Bicep templates load (so the deployment
// creates exactly this), and a keyless start checks the live database against it.

import type { IndexingPolicy } from '@azure/cosmos';
import { CONTAINERS, type ContainerDefinition } from '../containers.js';
import { indexingPolicyFor } from './indexing-policy.js';

export interface DeployedContainer {
  name: string;
  /** The ARM shape of sqlDatabases/containers' resource.partitionKey. */
  partitionKey: { paths: string[]; kind: 'Hash'; version: 2 };
  indexingPolicy: IndexingPolicy;
}

export function partitionKeyPath(def: ContainerDefinition): string {
  return `/${def.partitionKey}`;
}

/** Every container production uses, in the order of CONTAINERS; test-only ones left out. */
export function deployedContainers(): DeployedContainer[] {
  return Object.values(CONTAINERS as Record<string, ContainerDefinition>)
    .filter((def) => !def.testOnly)
    .map((def) => ({
      name: def.name,
      // Version 2 (large partition key values) is what the SDK gives a container it creates.
      partitionKey: { paths: [partitionKeyPath(def)], kind: 'Hash', version: 2 },
      indexingPolicy: indexingPolicyFor(def),
    }));
}

/** The generated file's exact text: the test compares the committed file with it. */
export function deployedContainersJson(): string {
  return `${JSON.stringify({ containers: deployedContainers() }, null, 2)}\n`;
}
