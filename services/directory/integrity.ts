// Cross-references zod cannot see: codes that must exist elsewhere in the directory and
// identifiers that must be unique. Admin-edited centres go through this before use.

import type { County, Municipality, ResourceCentre } from './schema.js';

export class DirectoryDataError extends Error {
  readonly code = 'DIRECTORY.INVALID_DATA' as const;
  constructor(readonly issues: readonly string[]) {
    super(`directory data is inconsistent: ${issues.join('; ')}`);
    this.name = 'DirectoryDataError';
  }
}

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const value of values) (seen.has(value) ? repeated : seen).add(value);
  return [...repeated];
}

/** Every problem found, as short English messages for logs; empty when consistent. */
export function checkDirectory(
  counties: readonly County[],
  municipalities: readonly Municipality[],
  centres: readonly ResourceCentre[],
): string[] {
  const issues: string[] = [];
  const countyCodes = new Set(counties.map((c) => c.code));
  const municipalityCodes = new Set(municipalities.map((m) => m.code));
  for (const code of duplicates(counties.map((c) => c.code))) issues.push(`county code ${code} repeated`);
  for (const code of duplicates(municipalities.map((m) => m.code))) issues.push(`municipality code ${code} repeated`);
  for (const m of municipalities) {
    if (!countyCodes.has(m.countyCode)) issues.push(`municipality ${m.code} in unknown county ${m.countyCode}`);
    if (!m.code.startsWith(m.countyCode)) issues.push(`municipality ${m.code} does not start with its county code`);
  }
  for (const id of duplicates(centres.map((c) => c.id))) issues.push(`centre id ${id} repeated`);
  for (const code of duplicates(centres.map((c) => c.shortCode))) issues.push(`centre short code ${code} repeated`);
  for (const centre of centres) {
    if (!countyCodes.has(centre.countyCode)) issues.push(`centre ${centre.id} in unknown county ${centre.countyCode}`);
    if (centre.coverage.kind !== 'municipalities') continue;
    const covered = new Set(centre.coverage.codes);
    for (const code of duplicates(centre.coverage.codes)) issues.push(`centre ${centre.id} lists ${code} twice`);
    for (const code of covered) {
      if (!municipalityCodes.has(code)) issues.push(`centre ${centre.id} covers unknown municipality ${code}`);
    }
    for (const code of centre.coverage.participating?.codes ?? []) {
      if (!covered.has(code)) issues.push(`centre ${centre.id}: participant ${code} is outside its coverage`);
    }
  }
  return issues;
}
