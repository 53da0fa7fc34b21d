import type { Attributes, Span, Tracer } from '@opentelemetry/api';

/**
 * OpenTelemetry traces, exported over OTLP when OTEL_EXPORTER_OTLP_ENDPOINT
 * (or OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) is set, and otherwise off and free:
 * no OpenTelemetry module is loaded, nothing is patched, and the spans of
 * this file cost one comparison with null.
 *
 * This file loads nothing but Node itself until `startTracing` runs, so a
 * process can call it before it requires http, express, graphql and mysql2,
 * which the instrumentations patch as they are required:
 * `start-tracing.ts` does, first thing, in every entry point (the CLI, which
 * `npm start` and `serve` run, and dist/src/main.js). A subgraph or gateway
 * start-up calls `startTracing({ serviceName })` the same way.
 *
 * Spans: the HTTP request (incoming `traceparent` continued, W3C trace
 * context), express's router and handler, GraphQL parse, validate and
 * execute, each DataLoader batch (`withSpan` in the loader registry), each
 * SQL statement (our own span on both drivers, sources/statement-trace.ts,
 * with mysql2's client span below it on MySQL).
 *
 * Nothing personal goes into a span: statements carry placeholders only
 * (values are bound separately, and what mysql2 would format in is masked
 * out), GraphQL variables and literal argument values are not recorded, the
 * query string of a URL is dropped, and every string attribute, event and
 * status message is scrubbed of anything shaped like an ID number or a
 * mobile number before it leaves the process.
 */

let tracer: Tracer | null = null;
let api: typeof import('@opentelemetry/api') | null = null;
let sdk: { shutdown(): Promise<void> } | null = null;

/** Whether spans are being recorded (an OTLP endpoint is set and the SDK started). */
export function tracingEnabled(): boolean {
  return tracer !== null;
}

/** The OTLP endpoint the environment names, or null: tracing stays off. */
export function otlpEndpoint(env: NodeJS.ProcessEnv = process.env): string | null {
  return env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim() || env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim() || null;
}

export interface TracingOptions {
  /** service.name of the spans; OTEL_SERVICE_NAME wins when set. */
  serviceName?: string;
  env?: NodeJS.ProcessEnv;
}

/**
 * Starts the OpenTelemetry SDK when an OTLP endpoint is configured; returns
 * whether it did. Call it before the instrumented modules are required.
 * OTEL_EXPORTER_OTLP_PROTOCOL chooses the encoding: http/protobuf (the
 * OpenTelemetry default), http/json or grpc. The other OTEL_* variables
 * (OTEL_TRACES_SAMPLER, OTEL_BSP_SCHEDULE_DELAY, OTEL_RESOURCE_ATTRIBUTES, …)
 * keep their standard meanings.
 */
export function startTracing(options: TracingOptions = {}): boolean {
  const env = options.env ?? process.env;
  if (tracer || !otlpEndpoint(env) || env.OTEL_SDK_DISABLED === 'true') return tracer !== null;
  /* eslint-disable @typescript-eslint/no-require-imports */
  api = require('@opentelemetry/api') as typeof import('@opentelemetry/api');
  const { NodeSDK } = require('@opentelemetry/sdk-node') as typeof import('@opentelemetry/sdk-node');
  const { BatchSpanProcessor } = require('@opentelemetry/sdk-trace-base') as typeof import('@opentelemetry/sdk-trace-base');
  const { HttpInstrumentation } = require('@opentelemetry/instrumentation-http') as typeof import('@opentelemetry/instrumentation-http');
  const { ExpressInstrumentation, ExpressLayerType } = require('@opentelemetry/instrumentation-express') as typeof import('@opentelemetry/instrumentation-express');
  const { GraphQLInstrumentation } = require('@opentelemetry/instrumentation-graphql') as typeof import('@opentelemetry/instrumentation-graphql');
  const { MySQL2Instrumentation } = require('@opentelemetry/instrumentation-mysql2') as typeof import('@opentelemetry/instrumentation-mysql2');
  /* eslint-enable @typescript-eslint/no-require-imports */
  const exporter = scrubbingExporter(traceExporter(otlpProtocol(env), env));
  const started = new NodeSDK({
    serviceName: env.OTEL_SERVICE_NAME?.trim() || options.serviceName || 'shandong-handmade',
    spanProcessors: [new BatchSpanProcessor(exporter)],
    instrumentations: [
      new HttpInstrumentation({
        // The query string of a GET /graphql or /export request holds variables: only the path is kept.
        requestHook: (span, request) => {
          const url = (request as { url?: string }).url;
          if (url && url.includes('?')) {
            const pathOnly = url.slice(0, url.indexOf('?'));
            span.setAttribute('http.target', pathOnly);
            span.setAttribute('url.query', '[dropped]');
          }
        },
        ignoreIncomingRequestHook: (request) => /^\/(healthz|readyz|metrics)\b/.test(request.url ?? ''),
      }),
      new ExpressInstrumentation({ ignoreLayersType: [ExpressLayerType.MIDDLEWARE] }),
      // Parse, validate and execute; per-field resolve spans would outnumber everything else and are left out.
      new GraphQLInstrumentation({ allowValues: false, ignoreResolveSpans: true, mergeItems: true }),
      new MySQL2Instrumentation({ maskStatement: true, maskStatementHook: sanitizeStatement }),
    ],
  });
  started.start();
  sdk = started;
  tracer = api.trace.getTracer('shandong-handmade');
  return true;
}

/** OTEL_EXPORTER_OTLP_TRACES_PROTOCOL or OTEL_EXPORTER_OTLP_PROTOCOL; http/protobuf, the OpenTelemetry default, otherwise. */
export function otlpProtocol(env: NodeJS.ProcessEnv = process.env): string {
  return env.OTEL_EXPORTER_OTLP_TRACES_PROTOCOL?.trim() || env.OTEL_EXPORTER_OTLP_PROTOCOL?.trim() || 'http/protobuf';
}

/** Sends what is buffered and stops (on shutdown); nothing when tracing is off. */
export async function shutdownTracing(): Promise<void> {
  const running = sdk;
  sdk = null;
  tracer = null;
  await running?.shutdown().catch(() => undefined);
}

/**
 * The OTLP span exporter for an OTEL_EXPORTER_OTLP_PROTOCOL value, sending to
 * the endpoint `env` names: OTEL_EXPORTER_OTLP_TRACES_ENDPOINT as it is, or
 * OTEL_EXPORTER_OTLP_ENDPOINT with `/v1/traces` appended for HTTP (the
 * standard rules; headers and timeouts still come from the process's OTEL_*).
 */
export function traceExporter(protocol: string, env: NodeJS.ProcessEnv = process.env) {
  const traces = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim();
  const base = env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim();
  const http = traces || (base ? `${base.replace(/\/+$/, '')}/v1/traces` : undefined);
  /* eslint-disable @typescript-eslint/no-require-imports */
  if (protocol === 'http/json') return new (require('@opentelemetry/exporter-trace-otlp-http') as typeof import('@opentelemetry/exporter-trace-otlp-http')).OTLPTraceExporter({ url: http });
  if (protocol === 'grpc') return new (require('@opentelemetry/exporter-trace-otlp-grpc') as typeof import('@opentelemetry/exporter-trace-otlp-grpc')).OTLPTraceExporter({ url: traces || base });
  if (protocol === 'http/protobuf') return new (require('@opentelemetry/exporter-trace-otlp-proto') as typeof import('@opentelemetry/exporter-trace-otlp-proto')).OTLPTraceExporter({ url: http });
  /* eslint-enable @typescript-eslint/no-require-imports */
  throw new Error(`OTEL_EXPORTER_OTLP_PROTOCOL: "${protocol}" is not one of http/protobuf, http/json, grpc`);
}

/**
 * Runs `fn` inside a span named `name` (a child of the active one); when
 * tracing is off, just runs it. A failure marks the span as an error with
 * its code, never its message (driver messages quote the values).
 */
export function withSpan<T>(name: string, attributes: Attributes, fn: () => Promise<T>): Promise<T> {
  if (tracer === null) return fn();
  return tracer.startActiveSpan(name, { attributes }, async (span: Span) => {
    try {
      return await fn();
    } catch (error) {
      const code = (error as { code?: unknown; extensions?: { code?: unknown } })?.extensions?.code ?? (error as { code?: unknown })?.code;
      span.setStatus({ code: api!.SpanStatusCode.ERROR, message: typeof code === 'string' ? code : 'error' });
      if (typeof code === 'string') span.setAttribute('error.type', code);
      throw error;
    } finally {
      span.end();
    }
  });
}

/** Longest statement text put into a span. */
const MAX_STATEMENT_CHARS = 2000;

/**
 * A statement as a span may show it: literals replaced by `?` (the layer
 * binds values as parameters, so this only catches a literal written into
 * the text), runs of placeholders folded, whitespace collapsed.
 */
export function sanitizeStatement(sql: string): string {
  const text = sql
    .replace(/'(?:[^'\\]|\\.|'')*'/g, '?')
    .replace(/"(?:[^"\\]|\\.)*"/g, (quoted) => (/^"[A-Za-z_][\w$]*"$/.test(quoted) ? quoted : '?'))
    .replace(/\b\d+(?:\.\d+)?\b/g, '?')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\?(?:\s*,\s*\?){2,}/g, (run) => `?, … (${run.split('?').length - 1} values)`);
  return text.length > MAX_STATEMENT_CHARS ? `${text.slice(0, MAX_STATEMENT_CHARS)} …` : text;
}

/** GB 11643 ID numbers (and anything shaped like one) and mainland mobile numbers, anywhere in a string. */
const PERSONAL = /\d{14,17}[\dXx]|(?<!\d)1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}(?!\d)/g;

/** A string with ID-number- and phone-shaped runs replaced. */
export function scrubText(text: string): string {
  return text.replace(PERSONAL, '[masked]');
}

type Attrs = Record<string, unknown>;
function scrubAttributes(attributes: Attrs | undefined): void {
  if (!attributes) return;
  for (const [key, value] of Object.entries(attributes)) {
    if (typeof value === 'string') attributes[key] = scrubText(value);
    else if (Array.isArray(value)) attributes[key] = value.map((v) => (typeof v === 'string' ? scrubText(v) : v));
  }
}

interface ExportedSpan {
  attributes?: Attrs;
  events?: Array<{ attributes?: Attrs; name: string }>;
  status?: { message?: string };
}
interface Exporter {
  export(spans: ExportedSpan[], done: (result: unknown) => void): void;
  shutdown(): Promise<void>;
  forceFlush?(): Promise<void>;
}

/**
 * A span exporter behind a last check: no span leaves with an ID number or a
 * phone number in it (attributes, events, status messages). Exported for
 * processes that set OpenTelemetry up themselves, such as Hive Gateway
 * (whose spans carry the operation's text, literal values included):
 * `new BatchSpanProcessor(scrubbingExporter(new OTLPTraceExporter()))`.
 */
export function scrubbingExporter<E>(inner: E): E {
  const exporter = inner as unknown as Exporter;
  const wrapped: Exporter = {
    export(spans, done) {
      for (const span of spans) {
        scrubAttributes(span.attributes);
        for (const event of span.events ?? []) scrubAttributes(event.attributes);
        if (span.status?.message) span.status.message = scrubText(span.status.message);
      }
      exporter.export(spans, done);
    },
    shutdown: () => exporter.shutdown(),
    forceFlush: () => exporter.forceFlush?.() ?? Promise.resolve(),
  };
  return wrapped as unknown as E;
}
