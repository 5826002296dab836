#!/usr/bin/env node
// Entry point: runs the command line (bundled from the TypeScript sources, see load-main.js) on the arguments.
import { loadMain } from './load-main.js';

const main = await loadMain();
process.exitCode = await main(process.argv.slice(2));
