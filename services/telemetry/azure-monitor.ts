// Loaded only when APPLICATIONINSIGHTS_CONNECTION_STRING is set (main.ts imports it then):
// OpenTelemetry with the Azure Monitor distro - HTTP request traces from its instrumentation,
// and the bot's own turn, store and job telemetry through otelSink. Application Insights
// accepts only Entra ID-authenticated data (deploy/modules/monitoring.bicep), so the exporter
// signs in as the bot's managed identity.

import { DefaultAzureCredential, ManagedIdentityCredential } from '@azure/identity';
import { shutdownAzureMonitor, useAzureMonitor } from '@azure/monitor-opentelemetry';
import { otelSink } from './otel-sink.js';
import { RedactingSpanProcessor } from './redact-spans.js';
import { installTelemetry } from './telemetry.js';

export interface AzureMonitorOptions {
  connectionString: string;
  /** The user-assigned identity to send as; unset: whatever DefaultAzureCredential finds. */
  managedIdentityClientId?: string;
}

/** Starts exporting; returns the flush-and-stop to call at shutdown. */
export function startAzureMonitor({ connectionString, managedIdentityClientId }: AzureMonitorOptions): () => Promise<void> {
  const credential = managedIdentityClientId
    ? new ManagedIdentityCredential({ clientId: managedIdentityClientId })
    : new DefaultAzureCredential();
  useAzureMonitor({
    azureMonitorExporterOptions: { connectionString, credential },
    // Only HTTP: the bot's store and jobs report through otelSink; the logs stay in pino
    // (stdout, collected by App Service into Log Analytics, redacted there already).
    instrumentationOptions: {
      http: { enabled: true },
      azureSdk: { enabled: false },
      mongoDb: { enabled: false },
      mySql: { enabled: false },
      postgreSql: { enabled: false },
      redis: { enabled: false },
      redis4: { enabled: false },
      bunyan: { enabled: false },
      winston: { enabled: false },
    },
    enableLiveMetrics: false,
    spanProcessors: [new RedactingSpanProcessor()],
  });
  installTelemetry(otelSink());
  return async () => {
    installTelemetry(undefined);
    await shutdownAzureMonitor();
  };
}
