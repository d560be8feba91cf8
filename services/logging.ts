// pino logger with redaction on by default: what professionals write about a case
// (activity text, card input values, free-text fields) must never reach a log.
import { pino, type DestinationStream, type Logger } from 'pino';
import pretty from 'pino-pretty';

export type { Logger };

/** Fields that may hold user-written text wherever they appear in a log object. */
export const SENSITIVE_FIELDS: readonly string[] = ['text', 'value', 'attachments', 'question', 'answer', 'body', 'inputs', 'speak', 'summary'];

export const REDACT_PATHS = [
  ...SENSITIVE_FIELDS,
  ...SENSITIVE_FIELDS.map((f) => `*.${f}`),
  ...SENSITIVE_FIELDS.map((f) => `*.*.${f}`),
];

/** What may be logged about an activity: routing facts only, never its content. */
export function activitySummary(activity: {
  type?: string;
  name?: string;
  id?: string;
  channelId?: string;
  conversation?: { conversationType?: string; id?: string };
  value?: unknown;
}): Record<string, unknown> {
  const verb =
    activity.value && typeof activity.value === 'object'
      ? ((activity.value as { action?: { verb?: unknown } }).action?.verb ??
        (activity.value as { verb?: unknown }).verb)
      : undefined;
  return {
    type: activity.type,
    name: activity.name,
    id: activity.id,
    channelId: activity.channelId,
    conversationType: activity.conversation?.conversationType,
    verb: typeof verb === 'string' ? verb : undefined,
  };
}

export interface LoggerOptions {
  level: string;
  pretty: boolean;
  /** For tests: where lines go instead of stdout. */
  destination?: DestinationStream;
}

export function createLogger(options: LoggerOptions): Logger {
  const base = {
    level: options.level,
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    serializers: { activity: activitySummary },
  };
  if (options.destination) return pino(base, options.destination);
  if (options.pretty) {
    return pino(base, pretty({ colorize: process.stdout.isTTY, sync: true, ignore: 'pid,hostname' }));
  }
  return pino(base);
}
