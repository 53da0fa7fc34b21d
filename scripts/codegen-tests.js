#!/usr/bin/env node
'use strict';
// Typed operations for the tests: every `graphql(`…`)` document in test/ is
// typed against the committed SDL (schema/schema.graphql) by GraphQL Code
// Generator's client preset, into test/graphql/ (committed, so a test run
// needs no generation step). test/api/typed-operations.test.ts fails when the
// committed files differ from what this produces.
//
//   npm run codegen        regenerate test/graphql/ after editing a test's operation or the SDL
//   node scripts/codegen-tests.js --json   print the files as JSON instead of writing them
//
// The preset and core are driven directly rather than through
// @graphql-codegen/cli: the CLI's remote schema loaders need Node 22, and a
// local SDL and a regular expression over our own test files are all we need.
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const SDL = 'schema/schema.graphql';
const OUT = 'test/graphql/';
/** A document is the template literal given to graphql(), an operation or fragment without interpolation. */
const DOCUMENT = /\bgraphql\(\s*`(\s*(?:query|mutation|subscription|fragment)\b(?:[^`$]|\$(?!\{))*)`\s*\)/g;

function testFiles(dir = path.join(ROOT, 'test')) {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) return file === path.join(ROOT, OUT.slice(0, -1)) ? [] : testFiles(file);
      return entry.name.endsWith('.ts') ? [file] : [];
    })
    .sort();
}

/** The generated files, as { filename (relative to the project), content }. */
async function generateTypedOperations() {
  const { parse, buildASTSchema } = require('graphql');
  const { codegen } = require('@graphql-codegen/core');
  const { preset } = require('@graphql-codegen/client-preset');
  const schema = parse(fs.readFileSync(path.join(ROOT, SDL), 'utf8'));
  const documents = [];
  for (const file of testFiles()) {
    const text = fs.readFileSync(file, 'utf8');
    for (const match of text.matchAll(DOCUMENT)) {
      documents.push({ location: path.relative(ROOT, file), document: parse(match[1]), rawSDL: match[1] });
    }
  }
  const sections = await preset.buildGeneratesSection({
    baseOutputDir: OUT,
    schema,
    schemaAst: buildASTSchema(schema),
    documents,
    plugins: [],
    pluginMap: {},
    presetConfig: { fragmentMasking: false },
    config: {
      documentMode: 'string',
      scalars: { Date: 'string', DateTime: 'string', Decimal: 'string' },
      strictScalars: true,
      // Results as the server sends them: a nullable field is present (null), not optional.
      avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
      enumType: 'string-literal',
      useTypeImports: true,
    },
    documentTransforms: [],
  });
  return Promise.all(sections.map(async (section) => ({ filename: section.filename, content: await codegen(section) })));
}

module.exports = { generateTypedOperations };

if (require.main === module) {
  // --json prints the files instead of writing them (the staleness test runs this in a child process:
  // the plugins are ES modules, which Node loads through require() but jest's module loader does not).
  const print = process.argv.includes('--json');
  generateTypedOperations().then(
    (files) => {
      if (print) return void process.stdout.write(JSON.stringify(files));
      fs.rmSync(path.join(ROOT, OUT), { recursive: true, force: true });
      fs.mkdirSync(path.join(ROOT, OUT), { recursive: true });
      for (const { filename, content } of files) fs.writeFileSync(path.join(ROOT, filename), content);
      process.stdout.write(`wrote ${files.map((f) => f.filename).join(', ')}\n`);
    },
    (error) => {
      process.stderr.write(`${error.stack ?? error}\n`);
      process.exitCode = 1;
    },
  );
}
