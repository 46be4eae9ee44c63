#!/usr/bin/env node
// The CLI runs the TypeScript sources through tsx (there is no build step for Node code).
// Paths are taken from this file, never the cwd, so `npx ink-calc` works from anywhere,
// and tsx is pointed at our tsconfig so a tsconfig in the user's directory cannot change
// how our code compiles.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) });
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
