import { mkdir, writeFile } from 'node:fs/promises';
import { CLIENT_SCHEMA_PATH, generateClientSchema } from './openapi.ts';

await mkdir(new URL('.', CLIENT_SCHEMA_PATH), { recursive: true });
await writeFile(CLIENT_SCHEMA_PATH, await generateClientSchema());
process.stdout.write(`Klien API ditulis ke ${CLIENT_SCHEMA_PATH.pathname}\n`);
