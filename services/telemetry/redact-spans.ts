// Spans the instrumentations make (HTTP requests) carry URLs and addresses. Before export,
// this processor applies the logs' rule to them: no field that may hold user text
// (SENSITIVE_FIELDS), no client address, no query string, and no path segment that could be a
// token or an id (calendar links are capabilities) - only the route's words stay. Exception
// events keep their type only.

import type { Context } from '@opentelemetry/api';
import type { ReadableSpan, Span, SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { SENSITIVE_FIELDS } from '../logging.js';

const ADDRESS_KEYS = new Set(['client.address', 'client.port', 'net.peer.ip', 'net.sock.peer.addr', 'http.client_ip', 'network.peer.address', 'enduser.id']);
const URL_KEYS = new Set(['url.full', 'http.url', 'http.target', 'url.path', 'http.route']);
const WORD = /^[a-z][a-z-]{0,30}$/;

/** "/calendar/Ab3x9.ics?x=1" -> "/calendar/{id}"; "https://h/api/messages" -> "https://h/api/messages". */
export function routeOf(url: string): string {
  const match = /^([a-z]+:\/\/[^/?#]*)?([^?#]*)/i.exec(url);
  const origin = match?.[1] ?? '';
  const path = (match?.[2] ?? '')
    .split('/')
    .map((segment, i) => (i === 0 || segment === '' || WORD.test(segment) ? segment : '{id}'))
    .join('/');
  return `${origin}${path}`;
}

export function redactAttributes(attributes: Record<string, unknown>): void {
  for (const key of Object.keys(attributes)) {
    const leaf = key.split('.').at(-1) ?? key;
    if (SENSITIVE_FIELDS.includes(leaf) || ADDRESS_KEYS.has(key) || key === 'url.query') delete attributes[key];
    else if (URL_KEYS.has(key) && typeof attributes[key] === 'string') attributes[key] = routeOf(attributes[key]);
  }
}

export class RedactingSpanProcessor implements SpanProcessor {
  onStart(_span: Span, _context: Context): void {}

  onEnd(span: ReadableSpan): void {
    // Runs before the exporter's processor sees the span (it is registered first).
    redactAttributes(span.attributes as Record<string, unknown>);
    // An exception's message or stack may quote input; its type says enough.
    for (const event of span.events) {
      if (!event.attributes) continue;
      delete event.attributes['exception.message'];
      delete event.attributes['exception.stacktrace'];
      redactAttributes(event.attributes as Record<string, unknown>);
    }
  }

  async forceFlush(): Promise<void> {}

  async shutdown(): Promise<void> {}
}
