// Without APPLICATIONINSIGHTS_CONNECTION_STRING telemetry costs nothing: the calls the server,
// store and job runner make are a comparison each, and OpenTelemetry is never imported.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { installTelemetry, recordJobRun, recordStoreCall, recordTurn, telemetryEnabled, type TelemetrySink } from '../../services/telemetry/telemetry.js';

const root = join(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(root, dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(relative(root, path));
    return name.endsWith('.ts') ? [relative(root, path)] : [];
  });
}

const HEAVY = /from\s+['"](@opentelemetry\/|@azure\/monitor-opentelemetry)/;
/** The only modules that load OpenTelemetry; main.ts reaches them by dynamic import only. */
const TELEMETRY_ON = ['services/telemetry/azure-monitor.ts', 'services/telemetry/otel-sink.ts'];

describe('telemetry switched off', () => {
  it('loads no OpenTelemetry module: only the modules main.ts imports on demand do', () => {
    const loaders = ['bot', 'services', 'cards', 'scripts'].flatMap(sourceFiles).filter((file) => {
      const text = readFileSync(join(root, file), 'utf8');
      // Type-only imports vanish from the built JavaScript.
      return text.split('\n').some((line) => HEAVY.test(line) && !/^\s*import\s+type\s/.test(line));
    });
    expect(loaders.sort()).toEqual(TELEMETRY_ON);
    const main = readFileSync(join(root, 'bot/main.ts'), 'utf8');
    expect(main).not.toMatch(/^import .*telemetry\/(azure-monitor|otel-sink)/m);
    expect(main).toMatch(/config\.telemetryConnectionString\s*\?\s*\(await import\('\.\.\/services\/telemetry\/azure-monitor\.js'\)\)/);
    expect(readFileSync(join(root, 'services/telemetry/telemetry.ts'), 'utf8')).not.toMatch(/^import /m);
  });

  it('records nothing and fails nothing until a sink is installed', () => {
    const seen: string[] = [];
    const sink: TelemetrySink = { turn: () => seen.push('turn'), storeCall: () => seen.push('store'), jobRun: () => seen.push('job') };
    installTelemetry(undefined);
    expect(telemetryEnabled()).toBe(false);
    recordTurn({ kind: 'message', verb: 'none', outcome: 'ok', ms: 1 });
    recordStoreCall({ container: 'system', operation: 'read', outcome: 'ok', ms: 1 });
    recordJobRun({ job: 'reminders', outcome: 'ran', ms: 1 });
    expect(seen).toEqual([]);
    installTelemetry(sink);
    recordTurn({ kind: 'message', verb: 'none', outcome: 'ok', ms: 1 });
    recordJobRun({ job: 'reminders', outcome: 'ran', ms: Number.NaN });
    expect(seen).toEqual(['turn', 'job']);
    installTelemetry(undefined);
  });
});
