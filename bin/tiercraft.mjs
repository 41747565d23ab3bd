#!/usr/bin/env node
// Starts the TypeScript CLI through tsx, so `npx tiercraft …` works right after `npm install`.
import { register } from 'tsx/cjs/api';
import { createRequire } from 'node:module';

register();
const require = createRequire(import.meta.url);
require('../src/cli/main.ts');
