// The bot's statistics API, same origin as the tab. Inside Teams every call carries the
// user's token; outside Teams (local mode) none.
import type { Host } from './host.js';
import type { Centre, CentresBody, ExportLinkBody, ReportBody as Report } from '../../services/statistics/api-types.js';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    /** The server's reason ("unknown_centre", "invalid_period", …), or a status class. */
    readonly reason: string,
  ) {
    super(`${status} ${reason}`);
  }
}

export class StatsApi {
  constructor(private readonly host: Host) {}

  async centres(): Promise<Centre[]> {
    const body = await this.call<Partial<CentresBody>>('GET', '/api/stats/centres');
    return Array.isArray(body.centres) ? body.centres : [];
  }

  async report(scope: string, period: string): Promise<Report> {
    // The body as ReportResponseBody, or a refusal with a reason; read defensively either way.
    const body = await this.call<{ ok?: boolean; report?: Report; reason?: string }>('GET', `/api/stats/report?${query(scope, period)}`);
    if (body.ok === false || !body.report) throw new ApiError(200, body.reason ?? 'generic');
    return body.report;
  }

  /** A short-lived link to the CSV file, absolute. */
  /** `lang`: the language the file names its rows in. */
  async exportLink(scope: string, period: string, lang: string): Promise<string> {
    const body = await this.call<Partial<ExportLinkBody>>('POST', `/api/stats/export?${query(scope, period)}&lang=${encodeURIComponent(lang)}`);
    if (!body.url) throw new ApiError(200, 'export');
    return new URL(body.url, location.href).href;
  }

  private async call<T>(method: 'GET' | 'POST', path: string): Promise<T> {
    let token: string | undefined;
    try {
      token = await this.host.token();
    } catch {
      throw new ApiError(401, 'unauthorized');
    }
    const headers: Record<string, string> = { accept: 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    let res: Response;
    try {
      res = await fetch(new URL(path, location.href), { method, headers, credentials: 'same-origin', cache: 'no-store' });
    } catch {
      throw new ApiError(0, 'network');
    }
    let body: unknown = undefined;
    try {
      body = await res.json();
    } catch {
      // An error page rather than JSON: the status says enough.
    }
    if (!res.ok) {
      const reason = (body as { reason?: unknown } | undefined)?.reason;
      const fallback = res.status === 401 ? 'unauthorized' : res.status === 403 ? 'forbidden' : 'generic';
      throw new ApiError(res.status, typeof reason === 'string' ? reason : fallback);
    }
    return body as T;
  }
}

function query(scope: string, period: string): string {
  return new URLSearchParams({ scope, period }).toString();
}
