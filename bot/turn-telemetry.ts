// One turn's telemetry, measured around adapter.process in server.ts: how long it took, what
// kind of activity and which card verb, and whether it failed - in codes only. A verb this bot
// does not define is "other", so a forged or stale card cannot put text into telemetry.
import { isVerb } from '../cards/verbs.js';
import { LEGACY_VERBS } from './actions/legacy-verbs.js';
import { activitySummary } from '../services/logging.js';
import { recordTurn, telemetryEnabled, type Outcome } from '../services/telemetry/telemetry.js';

export interface TurnMeter {
  /** Runs the bot's turn, noting a failure the adapter's onTurnError would otherwise hide. */
  watch(turn: () => Promise<void>): Promise<void>;
  failed(error: unknown): void;
  /** Records the turn (nothing when telemetry is off); a 4xx/5xx without a failure is "refused". */
  done(statusCode: number): void;
}

export function startTurn(body: unknown): TurnMeter {
  const started = performance.now();
  let outcome: Outcome = 'ok';
  let errorType: string | undefined;
  const failed = (error: unknown) => {
    outcome = 'error';
    errorType ??= error instanceof Error ? error.name : 'other';
  };
  return {
    async watch(turn) {
      try {
        await turn();
      } catch (error) {
        failed(error);
        throw error;
      }
    },
    failed,
    done(statusCode) {
      if (!telemetryEnabled()) return;
      // Added to the shape rather than spread into a new object: see services/consultation/record-draft.ts.
      recordTurn(
        Object.assign(turnShape(body), {
          outcome: outcome === 'ok' && statusCode >= 400 ? 'refused' : outcome,
          ms: performance.now() - started,
          ...(errorType ? { errorType } : {}),
        }),
      );
    },
  };
}

function turnShape(body: unknown): { kind: string; verb: string } {
  const summary = activitySummary(typeof body === 'object' && body !== null ? (body as Parameters<typeof activitySummary>[0]) : {});
  const kind = summary.type === 'invoke' && typeof summary.name === 'string' ? `invoke/${summary.name}` : summary.type;
  // An old card's verb is counted under its own (fixed) name: it shows when the legacy routes can go.
  const known = (v: string) => isVerb(v) || Object.hasOwn(LEGACY_VERBS, v);
  const verb = summary.verb === undefined ? 'none' : typeof summary.verb === 'string' && known(summary.verb) ? summary.verb : 'other';
  return { kind: typeof kind === 'string' ? kind : 'none', verb };
}
