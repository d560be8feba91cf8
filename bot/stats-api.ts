// The statistics API behind the Teams tab, and the tab's files. Figures leave the server
// suppressed unless the caller is a coordinator of the RC asked about; a CSV export is a
// short-lived unguessable link that recomputes the report (no figures are stored).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import restify from 'restify';
import type { CoordinatorRoster } from '../services/consultation/coordinator-roster.js';
import type { DirectoryService } from '../services/directory/directory-service.js';
import { csvNaming } from '../cards/i18n/indicator-labels.js';
import { resolveLocale } from '../cards/i18n/catalogue.js';
import { toCsv } from '../services/statistics/csv.js';
import type { ReportSource } from '../services/statistics/queued-reports.js';
import type { CentresBody, ExportLinkBody, ReportResponseBody } from '../services/statistics/api-types.js';
import type { PeriodSpec, Scope, Viewer } from '../services/statistics/types.js';
import type { DocumentStore } from '../services/storage/port.js';
import type { Clock } from '../services/time/clock.js';
import { isLocalDate, type LocalDate } from '../services/time/local-date.js';
import { zonedParts } from '../services/time/zoned-time.js';
import { ExportLinks } from './statistics/export-links.js';
import type { TabAuth } from './tab-auth.js';


export interface StatsApiDeps {
  statistics: ReportSource;
  directory: DirectoryService;
  roster: CoordinatorRoster;
  store: DocumentStore;
  auth: TabAuth;
  clock: Clock;
  /** Folder holding the built tab (dist/tab is served at /tab/). */
  distRoot: string;
}

export function parseScope(value: unknown): Scope | undefined {
  if (value === undefined || value === '' || value === 'all') return { kind: 'all' };
  const rc = /^rc:([a-z0-9-]+)$/.exec(String(value))?.[1];
  return rc ? { kind: 'rc', rcId: rc } : undefined;
}

/**
 * The current year up to today in Stockholm: what a coordinator opening the statistics wants
 * to see first (the last full quarter was all zeros for anyone who started this quarter).
 */
export function yearToDate(now: Date): PeriodSpec {
  const { date } = zonedParts(now);
  return { kind: 'range', from: `${date.slice(0, 4)}-01-01` as LocalDate, to: date };
}

/** A period as its wire form, the inverse of parsePeriod. */
export function periodValue(period: PeriodSpec): string {
  if (period.kind === 'range') return `range:${period.from}:${period.to}`;
  return period.kind === 'year' ? `year:${period.year}` : `${period.kind}:${period.year}:${period.index ?? 1}`;
}

/** "year:2026", "quarter:2026:3", "month:2026:11", "range:2026-01-01:2026-06-30"; default the year to date. */
export function parsePeriod(value: unknown, now: Date): PeriodSpec | undefined {
  const text = String(value ?? '');
  if (text === '') return yearToDate(now);
  let m = /^year:(\d{4})$/.exec(text);
  if (m) return { kind: 'year', year: Number(m[1]) };
  m = /^(quarter|month):(\d{4}):(\d{1,2})$/.exec(text);
  if (m) return { kind: m[1] as 'quarter' | 'month', year: Number(m[2]), index: Number(m[3]) };
  m = /^range:(\d{4}-\d{2}-\d{2}):(\d{4}-\d{2}-\d{2})$/.exec(text);
  if (m && isLocalDate(m[1]) && isLocalDate(m[2])) return { kind: 'range', from: m[1], to: m[2] };
  return undefined;
}

export function registerStatsApi(server: restify.Server, deps: StatsApiDeps): void {
  const links = new ExportLinks(deps.store, deps.clock);

  const viewerFor = async (scope: Scope, caller: { aadObjectId?: string; local: boolean }): Promise<Viewer> => {
    if (scope.kind !== 'rc') return { kind: 'other' };
    // On a laptop in local mode the developer sees their own data as its coordinators would.
    if (caller.local) return { kind: 'own_rc_coordinator', rcId: scope.rcId };
    return (await deps.roster.rcsOf(caller.aadObjectId)).includes(scope.rcId) ? { kind: 'own_rc_coordinator', rcId: scope.rcId } : { kind: 'other' };
  };

  const guarded = (handler: (req: restify.Request, res: restify.Response, caller: { aadObjectId?: string; local: boolean }) => Promise<void>) =>
    async (req: restify.Request, res: restify.Response) => {
      const caller = await deps.auth(req);
      if (!caller.ok) {
        res.send(caller.status, { ok: false, reason: caller.status === 401 ? 'unauthenticated' : 'forbidden' });
        return;
      }
      await handler(req, res, caller);
    };

  const requestOf = (req: restify.Request) => ({ scope: parseScope(req.query?.scope), period: parsePeriod(req.query?.period, deps.clock.now()) });

  server.get('/api/stats/centres', guarded(async (_req, res) => {
    res.send(200, { centres: deps.directory.current().centres.map((c) => ({ id: c.id, name: c.name })) } satisfies CentresBody);
  }));

  server.get('/api/stats/report', guarded(async (req, res, caller) => {
    const { scope, period } = requestOf(req);
    if (!scope || !period) return void res.send(400, { ok: false, reason: 'invalid_request' });
    const viewer = await viewerFor(scope, caller);
    const result = await deps.statistics.report({ scope, period, viewer });
    if (!result.ok) return void res.send(400, result);
    // The tab lists municipalities without cases by name; the report speaks in codes.
    const coverage = result.report.coverage;
    const index = deps.directory.current();
    const named = coverage && { ...coverage, missing: coverage.unreached.map((code) => index.municipality(code)?.name ?? code) };
    res.send(200, { ok: true, report: { ...result.report, coverage: named } } satisfies ReportResponseBody);
  }));

  server.post('/api/stats/export', guarded(async (req, res, caller) => {
    const { scope, period } = requestOf(req);
    if (!scope || !period) return void res.send(400, { ok: false, reason: 'invalid_request' });
    const locale = resolveLocale(String(req.query?.lang ?? ''));
    const link = await links.create({ scope, period, viewer: await viewerFor(scope, caller), locale });
    res.send(200, { url: link.path, expiresAt: link.expiresAt } satisfies ExportLinkBody);
  }));

  // The link itself is the credential (short-lived, unguessable), so a browser download works without headers.
  server.get('/api/stats/export/:file', async (req, res) => {
    const found = await links.resolve(String(req.params.file ?? '').replace(/\.csv$/, ''));
    if (!found) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Länken har gått ut. Exportera igen från fliken.');
      return;
    }
    const { scope, period, viewer, locale } = found;
    const result = await deps.statistics.report({ scope, period, viewer });
    if (!result.ok) return void res.send(400, result);
    res.writeHead(200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="rc-statistik-${result.report.period.label}.csv"`,
      'cache-control': 'no-store',
    });
    res.end(toCsv(result.report, csvNaming(locale ?? 'sv')));
  });

  server.get('/tab/*', restify.plugins.serveStatic({ directory: deps.distRoot, default: 'index.html' }));
  // Browsers ask every origin for /favicon.ico (the tab's page links tab/favicon.png, the app icon).
  server.get('/favicon.ico', async (_req, res) => {
    try {
      const icon = await readFile(join(deps.distRoot, 'tab', 'favicon.png'));
      res.writeHead(200, { 'content-type': 'image/png', 'cache-control': 'public, max-age=86400' });
      res.end(icon);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Ingen ikon: bygg fliken med npm run build.');
    }
  });
}
