import net from 'node:net';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app.ts';
import type { Config } from '../../src/config.ts';
import type { Database } from '../../src/db/database.ts';
import { testConfig, testDatabase } from './context.ts';

export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * A real application listening on a loopback port, so the payment simulator and the webhook talk
 * over real HTTP, exactly as in `npm start`. Requests can still use app.inject().
 */
export async function createListeningContext(overrides: Record<string, string> = {}): Promise<{
  app: FastifyInstance;
  database: Database;
  config: Config;
  baseUrl: string;
  close: () => Promise<void>;
}> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const config = testConfig({ PUBLIC_URL: baseUrl, PORT: String(port), PAYMENT_SIMULATOR: 'true', ...overrides });
  const database = testDatabase(10);
  const app = await buildApp({ config, database, isWebServed: false });
  await app.listen({ port, host: '127.0.0.1' });
  return {
    app,
    database,
    config,
    baseUrl,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}
