/**
 * Hive Gateway's configuration (`npm run gateway`, which runs the
 * hive-gateway CLI from this folder): the committed supergraph
 * (schema/supergraph.graphql) served on PORT against CULTURE_SUBGRAPH_URL
 * and HR_SUBGRAPH_URL, credentials forwarded to both subgraphs, and the
 * single process's query limits. The options themselves are code of this
 * project (src/gateway/gateway.options.ts), compiled to dist/ by the build,
 * so that the tests start the same gateway. With OTEL_EXPORTER_OTLP_ENDPOINT
 * set, its spans go over OTLP (ID numbers and phones masked) and it passes the
 * trace on to the subgraphs (W3C traceparent): one query, one trace.
 */
import { defineConfig } from '@graphql-hive/gateway';
import { gatewayOptions, gatewaySettings } from './dist/src/gateway/gateway.options.js';
import { gatewayOpenTelemetry } from './dist/src/observability/gateway-tracing.js';

const settings = gatewaySettings(process.env);

export const gatewayConfig = defineConfig({
  ...gatewayOptions(settings),
  port: settings.port,
  host: process.env.HOST ?? '0.0.0.0',
  openTelemetry: gatewayOpenTelemetry(process.env),
});
