/**
 * Imported first by every entry point (src/cli.ts, src/main.ts), before
 * anything requires http, express, graphql or mysql2: starts OpenTelemetry
 * when OTEL_EXPORTER_OTLP_ENDPOINT is set (see tracing.ts), and does nothing
 * else otherwise. The service is `shandong-handmade`, or
 * `shandong-handmade-<name>` for `serve --subgraph <name>`; OTEL_SERVICE_NAME
 * overrides both.
 */
import { startTracing } from './tracing';

const subgraph = process.argv.indexOf('--subgraph');
const name = subgraph > 0 ? process.argv[subgraph + 1] : undefined;
startTracing({ serviceName: name && /^[\w-]+$/.test(name) ? `shandong-handmade-${name}` : 'shandong-handmade' });
