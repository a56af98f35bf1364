#!/usr/bin/env node
'use strict';
// Runs the TypeScript CLI through tsx (no build step).
require('tsx/cjs');
require('../src/cli/main.ts');
