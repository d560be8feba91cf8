// The deployment creates the containers (a keyless bot may not): they must be exactly the ones
// the code defines. deploy/generated/containers.json is written from the code by
// `npm run deploy:containers`, and the Cosmos module loads it.
import { describe, expect, it } from 'vitest';
import { CONTAINERS, type ContainerDefinition } from '../../services/storage/containers.js';
import { indexingPolicyFor } from '../../services/storage/cosmos/indexing-policy.js';
import { deployedContainersJson } from '../../services/storage/cosmos/layout.js';
import { read } from './bicep-text.js';

const committed = () => JSON.parse(read('deploy/generated/containers.json')) as {
  containers: Array<{ name: string; partitionKey: { paths: string[]; kind: string; version: number }; indexingPolicy: unknown }>;
};

describe('containers in the deployment', () => {
  it('match what the code generates, byte for byte (run `npm run deploy:containers` after changing containers.ts)', () => {
    expect(read('deploy/generated/containers.json')).toBe(deployedContainersJson());
  });

  it('are every product container with its partition key and indexing policy, and no test-only container', () => {
    const definitions = Object.values(CONTAINERS as Record<string, ContainerDefinition>);
    const product = definitions.filter((d) => !d.testOnly);
    expect(product.length).toBeGreaterThan(0);
    expect(committed().containers.map((c) => c.name)).toEqual(product.map((d) => d.name));
    for (const def of product) {
      const deployed = committed().containers.find((c) => c.name === def.name);
      expect(deployed?.partitionKey).toEqual({ paths: [`/${def.partitionKey}`], kind: 'Hash', version: 2 });
      expect(deployed?.indexingPolicy).toEqual(JSON.parse(JSON.stringify(indexingPolicyFor(def))));
    }
    expect(committed().containers.map((c) => c.name)).not.toContain(CONTAINERS.contract.name);
  });

  it('are loaded by the Cosmos module, one container resource per entry', () => {
    const cosmos = read('deploy/modules/cosmos.bicep');
    expect(cosmos).toContain("loadJsonContent('../generated/containers.json')");
    expect(cosmos).toMatch(/for container in layout\.containers/);
    expect(cosmos).toMatch(/partitionKey: container\.partitionKey/);
    expect(cosmos).toMatch(/indexingPolicy: container\.indexingPolicy/);
  });
});
