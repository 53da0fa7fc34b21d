import type { LoadResult } from './load';

export type Mode = 'batched' | 'unbatched' | 'gateway' | 'minimal' | 'minimal-js' | 'minimal-http' | 'floor';

export const MODE_TITLES: Record<Mode, string> = {
  batched: 'GraphQL, batched loaders',
  unbatched: 'GraphQL, DISABLE_BATCHING=1',
  gateway: 'Hive Gateway over the two subgraphs',
  minimal: 'minimal Apollo Server + graphql-jit',
  'minimal-js': 'minimal Apollo Server + graphql-js',
  'minimal-http': 'minimal Apollo Server + graphql-jit on node:http (no express)',
  floor: 'hand-written SQL (floor)',
};

export interface Measurement extends LoadResult {
  operation: string;
  mode: Mode;
  sqlPerRequest: number | null;
  /** Requests answered with GraphQL errors (HTTP 200 with `errors`). */
  graphqlErrors: number;
  sameData: boolean | null;
  note?: string;
}

const fixed = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '—');

export function table(measurements: Measurement[]): string {
  const header = '| operation | mode | connections | req/s | server CPU ms/request | p50 ms | p99 ms | SQL/request | peak RSS MB | requests | failed (non-2xx / socket / GraphQL errors) | same data as batched |';
  const rule = '|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|:-:|';
  const rows = measurements.map((m) =>
    m.note
      ? `| ${m.operation} | ${MODE_TITLES[m.mode]} | | ${m.note} | | | | | | | | |`
      : `| ${m.operation} | ${MODE_TITLES[m.mode]} | ${m.connections} | ${fixed(m.requestsPerSecond)} | ${fixed(m.cpuMsPerRequest, 2)} | ${fixed(m.p50, 0)} | ${fixed(m.p99, 0)} | ${m.sqlPerRequest === null ? '—' : fixed(m.sqlPerRequest)} | ${m.peakRssMb} | ${m.requests} | ${m.non2xx} / ${m.errors} / ${m.graphqlErrors} | ${m.sameData === null ? '—' : m.sameData ? 'yes' : 'NO'} |`,
  );
  return [header, rule, ...rows].join('\n');
}

/** Throughput, CPU and median-latency ratios of batched GraphQL against the baseline, the minimal server and the floor, at `connections`. */
export function ratios(measurements: Measurement[], connections: number): string {
  const lines: string[] = [];
  const byOp = new Map<string, Partial<Record<Mode, Measurement>>>();
  for (const m of measurements) if (!m.note && m.connections === connections) byOp.set(m.operation, { ...byOp.get(m.operation), [m.mode]: m });
  for (const [operation, modes] of byOp) {
    const batched = modes.batched;
    if (!batched) continue;
    const parts: string[] = [];
    if (modes.unbatched && modes.unbatched.sqlPerRequest === batched.sqlPerRequest) {
      parts.push(`no loader fans out here (${fixed(batched.sqlPerRequest ?? NaN, 0)} statements either way), so the two GraphQL runs differ by noise only (×${fixed(batched.requestsPerSecond / modes.unbatched.requestsPerSecond)})`);
    } else if (modes.unbatched) {
      parts.push(
        `batching gives ×${fixed(batched.requestsPerSecond / modes.unbatched.requestsPerSecond)} the throughput of per-row loading ` +
          `(p50 ${fixed(modes.unbatched.p50 / batched.p50)}× lower, ${fixed(modes.unbatched.sqlPerRequest ?? NaN, 0)} → ${fixed(batched.sqlPerRequest ?? NaN, 0)} statements)`,
      );
    }
    if (modes.minimal) {
      parts.push(`server CPU per request ${fixed(batched.cpuMsPerRequest, 2)} ms against the minimal server's ${fixed(modes.minimal.cpuMsPerRequest, 2)} ms (×${fixed(batched.cpuMsPerRequest / modes.minimal.cpuMsPerRequest, 2)}); ${fixed((100 * batched.requestsPerSecond) / modes.minimal.requestsPerSecond, 0)} % of its requests/s`);
    }
    if (modes.gateway) {
      parts.push(`through Hive Gateway and the two subgraphs ${fixed((100 * modes.gateway.requestsPerSecond) / batched.requestsPerSecond, 0)} % of the single process's requests/s (p50 ${fixed(modes.gateway.p50, 0)} against ${fixed(batched.p50, 0)} ms, ${fixed(modes.gateway.sqlPerRequest ?? NaN, 0)} statements against ${fixed(batched.sqlPerRequest ?? NaN, 0)}; gateway CPU ${fixed(modes.gateway.cpuMsPerRequest, 2)} ms a request)`);
    }
    const minimal = modes.minimal;
    if (minimal && modes['minimal-js']) {
      parts.push(`graphql-jit saves ${fixed(modes['minimal-js'].cpuMsPerRequest - minimal.cpuMsPerRequest, 2)} ms CPU a request against graphql-js in the minimal server (${fixed(modes['minimal-js'].cpuMsPerRequest, 2)} → ${fixed(minimal.cpuMsPerRequest, 2)})`);
    }
    if (minimal && modes['minimal-http']) {
      parts.push(`express 5 and its Apollo integration cost ${fixed(minimal.cpuMsPerRequest - modes['minimal-http'].cpuMsPerRequest, 2)} ms CPU a request against plain node:http (${fixed(modes['minimal-http'].cpuMsPerRequest, 2)} → ${fixed(minimal.cpuMsPerRequest, 2)})`);
    }
    if (modes.floor) {
      parts.push(`the floor serves ×${fixed(modes.floor.requestsPerSecond / batched.requestsPerSecond)} as many requests/s (GraphQL reaches ${fixed((100 * batched.requestsPerSecond) / modes.floor.requestsPerSecond, 0)} % of the floor; p50 ${fixed(batched.p50 / Math.max(modes.floor.p50, 0.5))}× the floor's)`);
    }
    if (parts.length) lines.push(`- **${operation}**: ${parts.join('; ')}.`);
  }
  return lines.join('\n');
}
