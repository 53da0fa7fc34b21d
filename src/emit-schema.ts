import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from './shared/files/project-root';
import { schemaSdl } from './schema';

/** Writes schema/schema.graphql from the code; a test fails when the committed file differs. */
schemaSdl()
  .then((sdl) => {
    const file = path.join(projectRoot(), 'schema', 'schema.graphql');
    fs.writeFileSync(file, sdl);
    process.stdout.write(`wrote ${path.relative(process.cwd(), file)}\n`);
  })
  .catch((error: unknown) => {
    process.stderr.write(`${(error as Error).stack}\n`);
    process.exit(1);
  });
