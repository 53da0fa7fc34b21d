import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

describe('typed operations of the tests', () => {
  it('test/graphql/ is what `npm run codegen` makes of the committed SDL and the operations in the tests', () => {
    // A child process: the codegen plugins are ES modules, which jest's module loader cannot require on Node 20.
    const output = execFileSync(process.execPath, [path.join(ROOT, 'scripts/codegen-tests.js'), '--json'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
    const generated = JSON.parse(output) as Array<{ filename: string; content: string }>;
    const committed = fs.readdirSync(path.join(ROOT, 'test/graphql')).map((f) => `test/graphql/${f}`);
    expect(committed.sort()).toEqual(generated.map((f) => f.filename).sort());
    const stale = generated.filter((f) => fs.readFileSync(path.join(ROOT, f.filename), 'utf8') !== f.content).map((f) => `${f.filename} is stale: run npm run codegen`);
    expect(stale).toEqual([]);
    expect(generated.find((f) => f.filename.endsWith('/graphql.ts'))?.content).toMatch(/export type WorkshopPageQuery = /);
  });
});
