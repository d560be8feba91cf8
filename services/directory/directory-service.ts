// The directory as the bot uses it: one in-memory index built from storage (shipped data
// plus administrators' corrections), rebuilt when an administrator saves a correction.
import { ChangedBySomeoneElseError, AlreadyExistsError } from '../storage/errors.js';
import type { DocumentStore } from '../storage/port.js';
import { administers, type Actor } from '../rights/actor.js';
import type { Clock } from '../time/clock.js';
import { parseCorrection, type CorrectionError, type CorrectionField, type CorrectionInput } from './centre-correction.js';
import { applyCorrections, centreFingerprint, DirectoryStore } from './directory-store.js';
import { DirectoryIndex } from './lookup.js';
import type { DirectoryData, ResourceCentre } from './schema.js';

export type CorrectionResult =
  | { ok: true; centre: ResourceCentre; etag: string }
  | { ok: false; reason: 'not_admin' | 'unknown_centre' }
  | { ok: false; reason: 'changed_by_someone_else'; centre: ResourceCentre; etag?: string }
  | { ok: false; reason: 'invalid'; errors: Partial<Record<CorrectionField, CorrectionError>> };

export type EditingResult = { ok: true; centre: ResourceCentre; etag?: string } | { ok: false; reason: 'not_admin' | 'unknown_centre' };

export class DirectoryService {
  private index: DirectoryIndex;
  private shipped: DirectoryData;

  private constructor(
    private readonly store: DirectoryStore,
    private readonly adminIds: ReadonlySet<string>,
    private readonly clock: Clock,
    shipped: DirectoryData,
    index: DirectoryIndex,
  ) {
    this.shipped = shipped;
    this.index = index;
  }

  static async open(store: DocumentStore, options: { adminIds: readonly string[]; clock: Clock; shipped?: DirectoryData }): Promise<DirectoryService> {
    const directoryStore = new DirectoryStore(store, options.shipped);
    const { data } = await directoryStore.loadShipped();
    const index = DirectoryService.build(data, await directoryStore.corrections());
    return new DirectoryService(directoryStore, new Set(options.adminIds), options.clock, data, index);
  }

  private static build(data: DirectoryData, corrections: Awaited<ReturnType<DirectoryStore['corrections']>>): DirectoryIndex {
    return DirectoryIndex.fromData({ ...data, centres: applyCorrections(data.centres, corrections) });
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
    this.index = DirectoryService.build(this.shipped, await this.store.corrections());
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
