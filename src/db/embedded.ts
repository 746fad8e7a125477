import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { fixQueryQueue } from './pglite-socket-fix.ts';

export type EmbeddedPostgres = {
  url: string;
  stop: () => Promise<void>;
};

export type EmbeddedOptions = {
  /** A directory for the data files, or undefined for an in-memory database (tests). */
  dataDir?: string;
  /** 0 lets the operating system choose a free loopback port. */
  port?: number;
};

/**
 * Real PostgreSQL compiled to WebAssembly (PGlite), served on the loopback interface by
 * pglite-socket, so everything else (Kysely, migrations, pg-boss, tests) sees one `pg` URL.
 * PGlite is a single connection: the socket server queues the clients, and a transaction
 * holds the connection until it ends (see docs/ARCHITECTURE.md, "Embedded database").
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions = {}): Promise<EmbeddedPostgres> {
  if (options.dataDir) await mkdir(options.dataDir, { recursive: true });
  // pg_trgm: trigram indexes for name search (also in PostgreSQL's contrib package).
  const pglite = await PGlite.create({ ...(options.dataDir ? { dataDir: options.dataDir } : {}), extensions: { pg_trgm } });
  const server = new PGLiteSocketServer({
    db: pglite,
    host: '127.0.0.1',
    port: options.port ?? 0,
    maxConnections: 64,
  });
  fixQueryQueue(server);
  await server.start();
  const url = `postgres://postgres@${server.getServerConn()}/postgres?sslmode=disable`;
  let stopped = false;
  return {
    url,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await server.stop();
      await pglite.close();
    },
  };
}
