// The directory in storage: the shipped data, loaded when absent or older than the repo's
// version, and administrators' corrections to single centres. A correction is kept across
// restarts and new data versions until the shipped entry it corrected changes: then the
// new facts from the sources win and the admin is shown the entry afresh.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { AlreadyExistsError, ChangedBySomeoneElseError } from '../storage/errors.js';
import type { Collection, Document, DocumentStore } from '../storage/port.js';
import { SHIPPED_DIRECTORY } from './data/shipped.js';
import {
  centreStatusSchema,
  contactChannelSchema,
  coverageSchema,
  directoryDataSchema,
  type ContactChannel,
  type DirectoryData,
  type NationalFallback,
  type ResourceCentre,
} from './schema.js';

const PK = 'directory';
const SHIPPED_ID = 'shipped';

export const centreCorrectionSchema = z.object({
  channels: z.array(contactChannelSchema),
  coverage: coverageSchema,
  status: centreStatusSchema,
});
export type CentreCorrection = z.infer<typeof centreCorrectionSchema>;

interface ShippedDoc extends Document {
  pk: typeof PK;
  kind: 'shipped';
  version: string;
  data: DirectoryData;
}

/** NCH's entry is corrected like a centre's, under this id (never a centre's: those are slugs of names). */
export const NATIONAL_CORRECTION_ID = 'national-fallback';
/** What an administrator may correct about NCH: its contact channels. */
export type NationalCorrection = { channels: ContactChannel[] };

export interface CorrectionFields {
  centreId: string;
  /** Fingerprint of the shipped entry this correction was made against. */
  basedOn: string;
  correction: CentreCorrection | NationalCorrection;
  editedBy: string;
  editedAt: string;
}

export interface CorrectionDoc extends Document, CorrectionFields {
  pk: typeof PK;
  kind: 'correction';
}

/** "2026-11-22.10" is newer than "2026-11-22.9": compare date, then the counter as a number. */
export function compareDataVersions(a: string, b: string): number {
  const [dateA = '', nA = '0'] = a.split('.');
  const [dateB = '', nB = '0'] = b.split('.');
  return dateA === dateB ? Number(nA) - Number(nB) : dateA < dateB ? -1 : 1;
}

export function centreFingerprint(centre: ResourceCentre | NationalFallback): string {
  return createHash('sha256').update(JSON.stringify(centre)).digest('hex').slice(0, 16);
}

export const correctionId = (centreId: string) => `correction:${centreId}`;

export class DirectoryStore {
  private readonly docs: Collection<Document>;

  constructor(store: DocumentStore, private readonly shipped: DirectoryData = SHIPPED_DIRECTORY) {
    this.docs = store.collection('directory');
  }

  /** The shipped data in storage, replaced when the repo carries a newer version. */
  async loadShipped(): Promise<{ data: DirectoryData; loaded: 'stored' | 'written' }> {
    const stored = await this.docs.get(SHIPPED_ID, PK);
    const storedData = stored ? directoryDataSchema.safeParse((stored.item as ShippedDoc).data) : undefined;
    if (stored && storedData?.success && compareDataVersions(storedData.data.version, this.shipped.version) >= 0) {
      return { data: storedData.data, loaded: 'stored' };
    }
    const doc: ShippedDoc = { id: SHIPPED_ID, pk: PK, kind: 'shipped', version: this.shipped.version, data: this.shipped };
    try {
      if (stored) await this.docs.replace(doc, stored.etag);
      else await this.docs.create(doc);
    } catch (error) {
      // Another instance loaded it at the same moment: theirs is the same shipped data.
      if (!(error instanceof AlreadyExistsError) && !(error instanceof ChangedBySomeoneElseError)) throw error;
    }
    return { data: this.shipped, loaded: 'written' };
  }

  async corrections(): Promise<CorrectionDoc[]> {
    return this.docs.queryAll<CorrectionDoc>({ where: [{ field: 'kind', op: '=', value: 'correction' }] }, { partitionKey: PK });
  }

  async correction(centreId: string) {
    const found = await this.docs.get(correctionId(centreId), PK);
    return found ? { doc: found.item as CorrectionDoc, etag: found.etag } : undefined;
  }

  /** Writes a correction; with an etag, only if nobody else saved one in between. */
  async saveCorrection(doc: CorrectionFields, ifMatch?: string): Promise<string> {
    const full: CorrectionDoc = { ...doc, id: correctionId(doc.centreId), pk: PK, kind: 'correction' };
    if (ifMatch) return (await this.docs.replace(full, ifMatch)).etag;
    return (await this.docs.create(full)).etag;
  }
}

/** The shipped centres with every still-valid correction applied. */
export function applyCorrections(centres: readonly ResourceCentre[], corrections: readonly CorrectionDoc[]): ResourceCentre[] {
  const byCentre = new Map(corrections.map((c) => [c.centreId, c]));
  return centres.map((centre) => {
    const correction = byCentre.get(centre.id);
    if (!correction || correction.basedOn !== centreFingerprint(centre) || !('status' in correction.correction)) return centre;
    return { ...centre, ...correction.correction };
  });
}

/** NCH's shipped entry with its still-valid correction (contacts) applied: cards and receipts read it from here. */
export function applyNationalCorrection(nch: NationalFallback, corrections: readonly CorrectionDoc[]): NationalFallback {
  const correction = corrections.find((c) => c.centreId === NATIONAL_CORRECTION_ID);
  if (!correction || correction.basedOn !== centreFingerprint(nch) || correction.correction.channels.length === 0) return nch;
  return { ...nch, channels: correction.correction.channels };
}
