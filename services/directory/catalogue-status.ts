// What the directory still lacks for a professional to reach a centre: functional contacts
// (a phone or an e-mail address), the municipalities it covers, a bound channel for its
// consultations. The administrators' "katalogstatus" card lists it so they fill it in; the
// sources hold no phone numbers, so nothing here is ever guessed.
import type { DirectoryIndex } from './lookup.js';
import { IN_SERVICE_STATUSES, type ContactChannel } from './schema.js';

export type CatalogueGap = 'no_contacts' | 'coverage_not_stated' | 'no_channel';
export interface CentreGaps {
  /** A centre id, or null for NCH, the national fallback. */
  centreId: string | null;
  name: string;
  gaps: CatalogueGap[];
}

/** A phone, support line or e-mail address with a value: someone can be called or written to. */
function hasFunctionalContact(channels: readonly ContactChannel[]): boolean {
  return channels.some((c) => (c.kind === 'phone' || c.kind === 'support_line' || c.kind === 'email') && c.value !== undefined);
}

/** Centres in service with a gap, in directory order; NCH first when it lacks contacts. */
export function catalogueGaps(directory: DirectoryIndex, boundRcIds: ReadonlySet<string>): CentreGaps[] {
  const rows: CentreGaps[] = [];
  const nch = directory.nationalFallback;
  if (!hasFunctionalContact(nch.channels)) rows.push({ centreId: null, name: `${nch.name} (${nch.shortName})`, gaps: ['no_contacts'] });
  for (const centre of directory.centres) {
    if (!IN_SERVICE_STATUSES.includes(centre.status)) continue;
    const gaps: CatalogueGap[] = [];
    if (!hasFunctionalContact(centre.channels)) gaps.push('no_contacts');
    if (centre.coverage.kind === 'not_stated') gaps.push('coverage_not_stated');
    if (centre.services.includes('consultation') && !boundRcIds.has(centre.id)) gaps.push('no_channel');
    if (gaps.length > 0) rows.push({ centreId: centre.id, name: centre.name, gaps });
  }
  return rows;
}
