// Short-lived, unguessable CSV links: the link is the credential, it holds the request (never
// figures), and the report is recomputed when it is opened.
import { randomBytes } from 'node:crypto';
import type { Locale } from '../../cards/i18n/catalogue.js';
import type { PeriodSpec, Scope, Viewer } from '../../services/statistics/types.js';
import type { Document, DocumentStore } from '../../services/storage/port.js';
import type { Clock } from '../../services/time/clock.js';

const TTL_MS = 10 * 60_000;
const PK = 'export';

export interface ExportRequest {
  scope: Scope;
  period: PeriodSpec;
  viewer: Viewer;
  /** The language the file names its rows in (Swedish when absent, as links made before it). */
  locale?: Locale;
}

interface ExportDoc extends ExportRequest, Document {
  pk: typeof PK;
  expiresAt: string;
}

export class ExportLinks {
  constructor(
    private readonly store: DocumentStore,
    private readonly clock: Clock,
  ) {}

  /** The path to download from, valid for ten minutes. */
  async create(request: ExportRequest): Promise<{ path: string; expiresAt: string }> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(this.clock.now().getTime() + TTL_MS).toISOString();
    await this.store.collection<ExportDoc>('system').create({ id: `export:${token}`, pk: PK, ...request, expiresAt });
    return { path: `/api/stats/export/${token}.csv`, expiresAt };
  }

  async resolve(token: string): Promise<ExportRequest | undefined> {
    if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return undefined;
    const found = await this.store.collection<ExportDoc>('system').get(`export:${token}`, PK);
    if (!found || Date.parse(found.item.expiresAt) <= this.clock.now().getTime()) return undefined;
    const { scope, period, viewer, locale } = found.item;
    return { scope, period, viewer, ...(locale ? { locale } : {}) };
  }
}
