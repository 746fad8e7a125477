#!/usr/bin/env node
// The `lingkaran` command. Runs the TypeScript sources directly through tsx's loader,
// so there is no separate server build step.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../src/cli.ts');
await runCli(process.argv);
