#!/usr/bin/env node
'use strict';
// `npx shandong-handmade <command>` and every `npm run <command>`: compiles
// first only when a source changed since the last build (a stat walk of a few
// milliseconds; see scripts/build.js), then runs the command in this process.
const { ensureBuilt } = require('../scripts/build.js');

const command = process.argv[2];
// Only serving needs the IDE; help needs nothing but the compiled CLI.
const targets = command === 'serve' ? ['server', 'ide'] : ['server'];
if (!ensureBuilt({ targets })) process.exit(1);
require('../dist/src/cli.js');
