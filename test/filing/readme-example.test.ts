import fs from 'node:fs';
import path from 'node:path';
import { parse, validate } from 'graphql';
import { graphqlSchema } from '../../src/schema';

/** The README's filing example must stay a valid operation of the schema. */
it('the mutation shown in the README section "Filing and import" validates against the schema', async () => {
  const readme = fs.readFileSync(path.join(__dirname, '../../README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Filing and import'));
  const example = /```graphql\n([\s\S]*?)```/.exec(section)?.[1];
  expect(example).toBeDefined();
  expect(validate(await graphqlSchema(), parse(example!))).toEqual([]);
});
