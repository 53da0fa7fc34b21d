import { otlpEndpoint, otlpProtocol, scrubbingExporter, traceExporter } from './tracing';

/**
 * OpenTelemetry for Hive Gateway, the same way as for this server: on when
 * OTEL_EXPORTER_OTLP_ENDPOINT is set (the standard OTEL_* variables apply),
 * exported over OTLP behind `scrubbingExporter` (the gateway's spans carry
 * the operation's text, `graphql.document`, literal values included), as the
 * service `shandong-handmade-gateway` (or OTEL_SERVICE_NAME).
 *
 * Call it in the gateway's configuration and pass what it returns as the
 * `openTelemetry` option (`undefined` when tracing is off):
 *
 *   export const gatewayConfig = defineConfig({ …, openTelemetry: gatewayOpenTelemetry(process.env) });
 *
 * Hive Gateway then continues an incoming `traceparent` and sends its own
 * to the subgraphs (its `inheritContext` and `propagateContext`, both on by
 * default), so one query is one trace across the three processes.
 */
export function gatewayOpenTelemetry(env: NodeJS.ProcessEnv = process.env): { traces: true } | undefined {
  if (!otlpEndpoint(env) || env.OTEL_SDK_DISABLED === 'true') return undefined;
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { openTelemetrySetup } = require('@graphql-hive/gateway/opentelemetry/setup') as { openTelemetrySetup: (options: Record<string, unknown>) => void };
  const { AsyncLocalStorageContextManager } = require('@opentelemetry/context-async-hooks') as typeof import('@opentelemetry/context-async-hooks');
  /* eslint-enable @typescript-eslint/no-require-imports */
  openTelemetrySetup({
    contextManager: new AsyncLocalStorageContextManager(),
    resource: { serviceName: env.OTEL_SERVICE_NAME?.trim() || 'shandong-handmade-gateway' },
    traces: { exporter: scrubbingExporter(traceExporter(otlpProtocol(env), env)) },
  });
  return { traces: true };
}
