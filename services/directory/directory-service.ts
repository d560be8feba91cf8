// The directory as the bot uses it: one in-memory index built from storage (shipped data
// plus administrators' corrections), rebuilt when an administrator saves a correction, and
// when refreshIfStale() finds that another instance saved one.
import { ChangedBySomeoneElseError, AlreadyExistsError } from '../storage/errors.js';
import type { DocumentStore } from '../storage/port.js';
import { administers, type Actor } from '../rights/actor.js';
import type { Clock } from '../time/clock.js';
import { parseCorrection, type CorrectionError, type CorrectionField, type CorrectionInput } from './centre-correction.js';
import { applyCorrections, centreFingerprint, DirectoryStore, type CorrectionDoc } from './directory-store.js';
import { DirectoryIndex } from './lookup.js';
import type { DirectoryData, ResourceCentre } from './schema.js';

export type CorrectionResult =
  | { ok: true; centre: ResourceCentre; etag: string }
  | { ok: false; reason: 'not_admin' | 'unknown_centre' }
  | { ok: false; reason: 'changed_by_someone_else'; centre: ResourceCentre; etag?: string }
  | { ok: false; reason: 'invalid'; errors: Partial<Record<CorrectionField, CorrectionError>> };

export type EditingResult = { ok: true; centre: ResourceCentre; etag?: string } | { ok: false; reason: 'not_admin' | 'unknown_centre' };
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
    return DirectoryIndex.fromData({ ...data, centres: applyCorrections(data.centres, corrections) });
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
    try {
      const newEtag = await this.store.saveCorrection(
        { centreId, basedOn: centreFingerprint(shippedCentre), correction: parsed.correction, editedBy: editor.aadObjectId ?? editor.id, editedAt: this.clock.now().toISOString() },
        etag,
      );
      await this.reload();
      return { ok: true, centre: this.index.centre(centreId) ?? current, etag: newEtag };
    } catch (error) {
      if (error instanceof ChangedBySomeoneElseError || error instanceof AlreadyExistsError) {
        await this.reload();
        const fresh = await this.centreForEditing(editor, centreId);
        return fresh.ok ? { ok: false, reason: 'changed_by_someone_else', centre: fresh.centre, etag: fresh.etag } : { ok: false, reason: 'changed_by_someone_else', centre: current };
      }
      throw error;
    }
  }
}
