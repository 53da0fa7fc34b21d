/**
 * The floor as an HTTP server, so the load generator drives it exactly as
 * it drives the GraphQL server: POST /<operation> with a JSON body answers
 * `{ data }` computed by hand-written SQL (bench/floor.ts). GET /stats gives
 * the statements run and requests served per operation.
 *
 *   PORT=… FLOOR_CULTURE_URL=mysql://… FLOOR_HR_URL=mysql://… FLOOR_POOL_SIZE=10 node dist/bench/floor-server.js
 */
import http from 'node:http';
import mysql from 'mysql2/promise';
import { Counted, dashboard, FloorPools, nodeLookup, shallow } from './floor';

function pool(url: string, size: number) {
  return mysql.createPool({ uri: url, connectionLimit: size, charset: 'utf8mb4', timezone: 'Z', dateStrings: ['DATE'], supportBigNumbers: true, bigNumberStrings: true });
}

const size = Number(process.env.FLOOR_POOL_SIZE ?? 10);
const pools: FloorPools = { culture: pool(process.env.FLOOR_CULTURE_URL!, size), hr: pool(process.env.FLOOR_HR_URL!, size) };
const stats: Record<string, { requests: number; statements: number }> = {};

const OPERATIONS: Record<string, (db: Counted, body: Record<string, any>) => Promise<unknown>> = {
  shallow: (db) => shallow(db),
  dashboard: (db, body) => dashboard(db, body.regionCode ?? '370700'),
  node: (db, body) => nodeLookup(db, Number(body.personId)),
};

const server = http.createServer(async (req, res) => {
  const name = (req.url ?? '/').slice(1);
  if (req.method === 'GET' && name === 'stats') {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify(stats));
    return;
  }
  const operation = OPERATIONS[name];
  if (!operation || req.method !== 'POST') {
    res.statusCode = 404;
    res.end();
    return;
  }
  let text = '';
  for await (const chunk of req) text += chunk;
  const db = new Counted(pools);
  try {
    const data = await operation(db, text ? JSON.parse(text) : {});
    const entry = (stats[name] ??= { requests: 0, statements: 0 });
    entry.requests++;
    entry.statements += db.statements;
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ data }));
  } catch (error) {
    res.statusCode = 500;
    res.end(JSON.stringify({ errors: [{ message: (error as Error).message }] }));
  }
});

server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  process.stderr.write(`floor on http://127.0.0.1:${(server.address() as { port: number }).port}\n`);
});

process.on('SIGTERM', () => {
  server.close();
  void Promise.all([pools.culture.end(), pools.hr.end()]).then(() => process.exit(0));
});
