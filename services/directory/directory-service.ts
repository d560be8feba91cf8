// The directory as the bot uses it: one in-memory index built from storage (shipped data
// plus administrators' corrections), rebuilt when an administrator saves a correction, and
// when refreshIfStale() finds that another instance saved one.
import { ChangedBySomeoneElseError, AlreadyExistsError } from '../storage/errors.js';
import type { DocumentStore } from '../storage/port.js';
import { administers, type Actor } from '../rights/actor.js';
import type { Clock } from '../time/clock.js';
import { parseCorrection, parseNationalCorrection, type CorrectionError, type CorrectionField, type CorrectionInput } from './centre-correction.js';
import { applyCorrections, applyNationalCorrection, centreFingerprint, DirectoryStore, NATIONAL_CORRECTION_ID, type CorrectionDoc, type CorrectionFields } from './directory-store.js';
import { DirectoryIndex } from './lookup.js';
import type { DirectoryData, NationalFallback, ResourceCentre } from './schema.js';

export type CorrectionResult =
  | { ok: true; centre: ResourceCentre; etag: string }
  | { ok: false; reason: 'not_admin' | 'unknown_centre' }
  | { ok: false; reason: 'changed_by_someone_else'; centre: ResourceCentre; etag?: string }
  | { ok: false; reason: 'invalid'; errors: Partial<Record<CorrectionField, CorrectionError>> };

export type EditingResult = { ok: true; centre: ResourceCentre; etag?: string } | { ok: false; reason: 'not_admin' | 'unknown_centre' };

export type NationalCorrectionResult =
  | { ok: true; national: NationalFallback; etag: string }
  | { ok: false; reason: 'not_admin' }
  | { ok: false; reason: 'changed_by_someone_else'; national: NationalFallback; etag?: string }
  | { ok: false; reason: 'invalid'; errors: Partial<Record<CorrectionField, CorrectionError>> };
/** What the corrections in storage amount to: equal fingerprints, the same index. */
const fingerprintOf = (corrections: readonly CorrectionDoc[]) =>
  JSON.stringify([...corrections].sort((a, b) => a.centreId.localeCompare(b.centreId)).map((c) => [c.centreId, c.basedOn, c.editedAt, c.correction]));

/** How often an instance looks for corrections saved elsewhere, unless configured. */
export const DEFAULT_REFRESH_MS = 30_000;

export class DirectoryService {
  private index: DirectoryIndex;
  private shipped: DirectoryData;
  private corrections: string;
  /** Monotonic time of the last look at storage (not the domain clock, which tests freeze). */
  private checkedAt = performance.now();
  private refreshing: Promise<void> | undefined;

  private constructor(
    private readonly store: DirectoryStore,
    private readonly adminIds: ReadonlySet<string>,
    private readonly clock: Clock,
    private readonly refreshMs: number,
    shipped: DirectoryData,
    corrections: CorrectionDoc[],
  ) {
    this.shipped = shipped;
    this.index = DirectoryService.build(shipped, corrections);
    this.corrections = fingerprintOf(corrections);
  }

  static async open(
    store: DocumentStore,
    options: { adminIds: readonly string[]; clock: Clock; shipped?: DirectoryData; refreshMs?: number },
  ): Promise<DirectoryService> {
    const directoryStore = new DirectoryStore(store, options.shipped);
    const { data } = await directoryStore.loadShipped();
    const corrections = await directoryStore.corrections();
    return new DirectoryService(directoryStore, new Set(options.adminIds), options.clock, options.refreshMs ?? DEFAULT_REFRESH_MS, data, corrections);
  }

  private static build(data: DirectoryData, corrections: readonly CorrectionDoc[]): DirectoryIndex {
    return DirectoryIndex.fromData({ ...data, centres: applyCorrections(data.centres, corrections), nationalFallback: applyNationalCorrection(data.nationalFallback, corrections) });
  }

  /**
   * Another instance's correction is served here at most `refreshMs` after it was saved: at
   * most once per interval, one small query for the corrections (a handful of short documents),
   * and a rebuild only when they changed. Concurrent callers share one look.
   */
  async refreshIfStale(): Promise<void> {
    if (performance.now() - this.checkedAt < this.refreshMs) return;
    this.refreshing ??= (async () => {
      try {
        const corrections = await this.store.corrections();
        const fingerprint = fingerprintOf(corrections);
        if (fingerprint !== this.corrections) {
          this.index = DirectoryService.build(this.shipped, corrections);
          this.corrections = fingerprint;
        }
        this.checkedAt = performance.now();
      } finally {
        this.refreshing = undefined;
      }
    })();
    return this.refreshing;
  }

  current(): DirectoryIndex {
    return this.index;
  }

  isAdmin(aadObjectId: string | undefined): boolean {
    return aadObjectId !== undefined && this.adminIds.has(aadObjectId);
  }

  /** Rebuild from storage, e.g. after another instance saved a correction. */
  async reload(): Promise<void> {
    this.shipped = (await this.store.loadShipped()).data;
    const corrections = await this.store.corrections();
    this.index = DirectoryService.build(this.shipped, corrections);
    this.corrections = fingerprintOf(corrections);
    this.checkedAt = performance.now();
  }

  /** The centre as an administrator edits it, with the version to present when saving. */
  async centreForEditing(editor: Actor, centreId: string): Promise<EditingResult> {
    if (!administers(editor)) return { ok: false, reason: 'not_admin' };
    const centre = this.index.centre(centreId);
    if (!centre) return { ok: false, reason: 'unknown_centre' };
    const stored = await this.store.correction(centreId);
    return { ok: true, centre, etag: stored?.etag };
  }

  async correctCentre(editor: Actor, centreId: string, input: CorrectionInput, etag: string | undefined): Promise<CorrectionResult> {
    if (!administers(editor)) return { ok: false, reason: 'not_admin' };
    const shippedCentre = this.shipped.centres.find((c) => c.id === centreId);
    const current = this.index.centre(centreId);
    if (!shippedCentre || !current) return { ok: false, reason: 'unknown_centre' };
    const parsed = parseCorrection(input, current, (code) => this.index.municipality(code) !== undefined);
    if (!parsed.ok) return { ok: false, reason: 'invalid', errors: parsed.errors };
    const saved = await this.save(editor, { centreId, basedOn: centreFingerprint(shippedCentre), correction: parsed.correction }, etag);
    if (saved.ok) return { ok: true, centre: this.index.centre(centreId) ?? current, etag: saved.etag };
    const fresh = await this.centreForEditing(editor, centreId);
    return fresh.ok ? { ok: false, reason: 'changed_by_someone_else', centre: fresh.centre, etag: fresh.etag } : { ok: false, reason: 'changed_by_someone_else', centre: current };
  }

  /** NCH's entry as an administrator edits it, with the version to present when saving. */
  async nationalForEditing(editor: Actor): Promise<{ ok: true; national: NationalFallback; etag?: string } | { ok: false; reason: 'not_admin' }> {
    if (!administers(editor)) return { ok: false, reason: 'not_admin' };
    const stored = await this.store.correction(NATIONAL_CORRECTION_ID);
    return { ok: true, national: this.index.nationalFallback, etag: stored?.etag };
  }

  /** NCH's national support line: its phone, e-mail and website, corrected like a centre's. */
  async correctNational(editor: Actor, input: CorrectionInput, etag: string | undefined): Promise<NationalCorrectionResult> {
    if (!administers(editor)) return { ok: false, reason: 'not_admin' };
    const parsed = parseNationalCorrection(input, this.index.nationalFallback);
    if (!parsed.ok) return { ok: false, reason: 'invalid', errors: parsed.errors };
    const saved = await this.save(editor, { centreId: NATIONAL_CORRECTION_ID, basedOn: centreFingerprint(this.shipped.nationalFallback), correction: { channels: parsed.channels } }, etag);
    if (saved.ok) return { ok: true, national: this.index.nationalFallback, etag: saved.etag };
    const fresh = await this.store.correction(NATIONAL_CORRECTION_ID);
    return { ok: false, reason: 'changed_by_someone_else', national: this.index.nationalFallback, etag: fresh?.etag };
  }

  /** Writes a correction if nobody saved one in between, then serves it; on a lost race, serves theirs. */
  private async save(editor: Actor, doc: Omit<CorrectionFields, 'editedBy' | 'editedAt'>, etag: string | undefined): Promise<{ ok: true; etag: string } | { ok: false }> {
    try {
      const newEtag = await this.store.saveCorrection({ ...doc, editedBy: editor.aadObjectId ?? editor.id, editedAt: this.clock.now().toISOString() }, etag);
      await this.reload();
      return { ok: true, etag: newEtag };
    } catch (error) {
      if (error instanceof ChangedBySomeoneElseError || error instanceof AlreadyExistsError) {
        await this.reload();
        return { ok: false };
      }
      throw error;
    }
  }
}
