#!/usr/bin/env node
'use strict';
// Runs the TypeScript CLI through tsx (no build step). This file is the CLI's only entry, whether
// it is started as `npx kokobot`, `npm run kokobot --`, `node bin/kokobot.js` or a global install.
require('tsx/cjs');
require('../src/cli/main.ts').main(process.argv.slice(2));
