import fs from 'node:fs';
import path from 'node:path';
import { parse, validate } from 'graphql';
import { createContext } from '../../src/context';
import { seedDatabases } from '../../src/seed/seed';
import { createServer, Server } from '../../src/server';
import { graphqlSchema } from '../../src/schema';
import { describeEachBackend, openTestSources, TestSources } from '../support/backends';
import { HR } from './filing-harness';

function readmeExample(): string {
  const readme = fs.readFileSync(path.join(__dirname, '../../README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Filing and import'));
  const example = /```graphql\n([\s\S]*?)```/.exec(section)?.[1];
  if (!example) throw new Error('the README section "Filing and import" has no graphql example');
  return example;
}

/** The README's filing example must stay a valid operation of the schema. */
it('the mutation shown in the README section "Filing and import" validates against the schema', async () => {
  expect(validate(await graphqlSchema(), parse(readmeExample()))).toEqual([]);
});

/**
 * …and do what the README says on the demo data of a fresh `npm start`
 * (scale 1, seed 1): it named a cohort the demo data does not have.
 */
describeEachBackend('the README filing example on the demo data', (backend) => {
  let db: TestSources;
  let server: Server;
  const run = async (query: string) => {
    const response = await server.apollo.executeOperation({ query }, { contextValue: createContext(db.sources, { viewer: HR, idempotencyKey: null }) });
    if (response.body.kind !== 'single') throw new Error('incremental delivery is not expected');
    return response.body.singleResult as { data?: { enrollTrainee: { errors: unknown[]; warnings: unknown[]; enrollment: Record<string, any> | null } }; errors?: unknown[] };
  };

  beforeAll(async () => {
    db = await openTestSources(backend);
    await seedDatabases(db.sources, { scale: 1, seed: 1 });
    server = await createServer({ env: 'test' }, db.sources);
  }, 240_000);
  afterAll(async () => {
    await server?.stop();
    await db?.close();
  });

  it('refuses the wrong check digit its comment shows, and then enrols the trainee it names', async () => {
    const example = readmeExample();
    const id = /idNumber: "(\d{17}[\dX])"/.exec(example)![1];
    const comment = /message: "([^"]+)" \} for …(\d{4})/.exec(example)!;
    const wrong = await run(example.replace(id, id.slice(0, 14) + comment[2]));
    expect(wrong.data?.enrollTrainee).toMatchObject({ errors: [{ field: 'input.idNumber', code: 'CHECK_DIGIT', message: comment[1] }], enrollment: null });
    const right = await run(example);
    expect(right.errors).toBeUndefined();
    expect(right.data?.enrollTrainee).toMatchObject({ errors: [], warnings: [], enrollment: { status: 'ENROLLED', enrolledOn: '2025-03-03', trainee: { name: '王淑芳' } } });
  });
});
