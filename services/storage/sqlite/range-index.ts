// Which index serves reads of a container's documents by range on one field.

import type { ContainerDefinition } from '../containers.js';
import { coveringIndexName } from './covering-index.js';

/** The name of the embedded store's own index on one of a container's range fields. */
export function rangeIndexName(container: string, field: string): string {
  return `${container}_range_${field.replaceAll('.', '_')}`;
}

/**
 * The index that serves reads by range on `field`. A covering index on that field begins with
 * the range index's columns (partition, then the field), so it serves every range read, and the
 * range index of its own is not kept: each write would maintain both, re-reading the JSON for it.
 */
export function rangeIndexOf(def: ContainerDefinition, field: string): { name: string; own: boolean } {
  const covering = def.coveringIndexes?.find((index) => index.range === field);
  return covering ? { name: coveringIndexName(def.name, covering), own: false } : { name: rangeIndexName(def.name, field), own: true };
}
