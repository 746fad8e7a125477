import { readFile } from 'node:fs/promises';
import openapiTS, { astToString } from 'openapi-typescript';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { createDatabase } from '../src/db/database.ts';

export const CLIENT_SCHEMA_PATH = new URL('../web/src/api/schema.d.ts', import.meta.url);

const HEADER = '// Generated from the OpenAPI document by `npm run api:generate`. Do not edit by hand.\n';

/**
 * The OpenAPI document as the application serves it. The pool is never connected: building
 * the routes needs no database.
 */
export async function currentOpenApiDocument(): Promise<Record<string, unknown>> {
  const fixedSecret = Buffer.alloc(32, 1).toString('base64');
  const config = loadConfig({
    DATABASE_URL: 'postgres://unused@127.0.0.1:1/unused',
    SESSION_SECRET: 'x'.repeat(32),
    ENCRYPTION_KEYS: `k1:${fixedSecret}`,
    BLIND_INDEX_KEY: fixedSecret,
    CARD_SIGNING_KEYS: `k1:${fixedSecret}`,
    LOG_LEVEL: 'silent',
  });
  const database = createDatabase({ url: config.databaseUrl!, mode: 'postgres' });
  const app = await buildApp({ config, database, isWebServed: false });
  await app.ready();
  const document = app.swagger() as unknown as Record<string, unknown>;
  await app.close();
  await database.close();
  return document;
}

export async function generateClientSchema(): Promise<string> {
  const document = await currentOpenApiDocument();
  const ast = await openapiTS(JSON.parse(JSON.stringify(document)));
  return HEADER + astToString(ast);
}

export async function committedClientSchema(): Promise<string> {
  return readFile(CLIENT_SCHEMA_PATH, 'utf8').catch(() => '');
}
