import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from './shared/files/project-root';
import { schemaSdl } from './schema';
import { supergraphSdl } from './federation/supergraph';

/**
 * Writes schema/schema.graphql (the single process) and
 * schema/supergraph.graphql (the two bureaus' subgraphs composed) from the
 * code; tests fail when the committed files differ.
 */
async function emit(): Promise<void> {
  for (const [name, sdl] of [['schema.graphql', await schemaSdl()], ['supergraph.graphql', await supergraphSdl()]] as const) {
    const file = path.join(projectRoot(), 'schema', name);
    fs.writeFileSync(file, sdl);
    process.stdout.write(`wrote ${path.relative(process.cwd(), file)}\n`);
  }
}

emit().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack}\n`);
  process.exit(1);
});
