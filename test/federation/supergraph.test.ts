import fs from 'node:fs';
import path from 'node:path';
import { supergraphSdl } from '../../src/federation/supergraph';

describe('supergraph', () => {
  it('schema/supergraph.graphql is the composition of the two subgraphs as the code defines them (npm run schema rewrites it)', async () => {
    const committed = fs.readFileSync(path.join(__dirname, '../../schema/supergraph.graphql'), 'utf8');
    expect(await supergraphSdl()).toBe(committed);
  });
});
