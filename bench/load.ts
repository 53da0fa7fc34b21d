import autocannon from 'autocannon';
import { cpuMs, rssMb } from './children';

export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  requests: number;
  non2xx: number;
  errors: number;
  peakRssMb: number;
  /** Server CPU time (user + system) per request served, in milliseconds. */
  cpuMsPerRequest: number;
  connections: number;
}

/** Drives one endpoint with autocannon for `seconds` from `connections` connections, sampling the server's memory. */
export async function drive(options: { url: string; body: string; headers: Record<string, string>; connections: number; seconds: number; amount?: number; pid: number }): Promise<LoadResult> {
  let peak = rssMb(options.pid);
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb(options.pid))), 100);
  const cpuBefore = cpuMs(options.pid);
  try {
    const result = await autocannon({
      url: options.url,
      method: 'POST',
      headers: { 'content-type': 'application/json', ...options.headers },
      body: options.body,
      connections: options.connections,
      ...(options.amount ? { amount: options.amount } : { duration: options.seconds }),
      timeout: 120,
    });
    return {
      requestsPerSecond: result.requests.average,
      p50: result.latency.p50,
      p99: result.latency.p99,
      requests: result.requests.total,
      non2xx: result.non2xx,
      errors: result.errors,
      peakRssMb: Math.max(peak, rssMb(options.pid)),
      cpuMsPerRequest: (cpuMs(options.pid) - cpuBefore) / Math.max(1, result.requests.total),
      connections: options.connections,
    };
  } finally {
    clearInterval(sampler);
  }
}

/** Sum and count of a Prometheus histogram over all label sets matching `labels`. */
export function histogram(text: string, name: string, labels: Record<string, string>): { sum: number; count: number } {
  const total = { sum: 0, count: 0 };
  for (const line of text.split('\n')) {
    const match = /^(\w+)\{([^}]*)\} (\S+)$/.exec(line);
    if (!match || (match[1] !== `${name}_sum` && match[1] !== `${name}_count`)) continue;
    const got = Object.fromEntries([...match[2].matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    if (!Object.entries(labels).every(([k, v]) => got[k] === v)) continue;
    if (match[1].endsWith('_sum')) total.sum += Number(match[3]);
    else total.count += Number(match[3]);
  }
  return total;
}

/** The value of one sample (a counter or gauge), 0 when absent. */
export function sample(text: string, name: string, labels: Record<string, string>): number {
  for (const line of text.split('\n')) {
    const match = /^(\w+)(?:\{([^}]*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const got = Object.fromEntries([...(match[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    if (Object.entries(labels).every(([k, v]) => got[k] === v)) return Number(match[3]);
  }
  return 0;
}
