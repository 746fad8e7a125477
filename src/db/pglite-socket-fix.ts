import type { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/**
 * A correction of @electric-sql/pglite-socket 0.2.17 (pinned exactly), known upstream as
 * electric-sql/pglite#1046 and #977: its queue interleaves single protocol messages of different
 * connections and pins a connection only inside an SQL transaction. An extended-query batch
 * (Parse/Bind/Describe/Execute … Sync) of one connection can then be split by another's, and
 * PostgreSQL answers "portal does not exist" or "unnamed prepared statement does not exist". Also,
 * one failed message stops the queue for good.
 *
 * Here the queue keeps a connection pinned from the first message of an extended batch until its
 * Sync (as well as inside a transaction), keeps going after a failed message, and unpins a
 * connection that goes away mid-batch. Seen here as `portal "" does not exist` under 20 concurrent
 * webhook requests (test/http/donations.test.ts, 2 of 3 runs at one point, none since the fix); a
 * deterministic reproduction is not established. Remove when upstream fixes it.
 */
type QueueItem = {
  handlerId: number;
  message: Uint8Array;
  resolve: (bytes: number) => void;
  reject: (error: unknown) => void;
  timestamp: number;
  onData: (data: Uint8Array) => void;
};

type QueryQueue = {
  queue: QueueItem[];
  processing: boolean;
  lastHandlerId: number | null;
  db: {
    isInTransaction: () => boolean;
    runExclusive: <T>(fn: () => Promise<T>) => Promise<T>;
    execProtocolRawStream: (message: Uint8Array, options: { onRawData: (data: Uint8Array) => void }) => Promise<unknown>;
  };
  processQueue: () => Promise<void>;
  clearQueueForHandler: (handlerId: number) => void;
};

/** Message types that open or continue an extended-query batch (ended by Sync, 'S'). */
const EXTENDED = new Set(['P', 'B', 'D', 'E', 'C', 'H'].map((c) => c.charCodeAt(0)));

export function fixQueryQueue(server: PGLiteSocketServer): void {
  const queue = (server as unknown as { queryQueue?: QueryQueue }).queryQueue;
  if (!queue || typeof queue.processQueue !== 'function') {
    throw new Error('pglite-socket changed: its query queue is not where src/db/pglite-socket-fix.ts expects it');
  }
  let isMidBatch = false;

  queue.processQueue = async function processQueue(this: QueryQueue) {
    if (this.processing || this.queue.length === 0) return;
    this.processing = true;
    try {
      while (this.queue.length > 0) {
        const isPinned = this.lastHandlerId !== null && (isMidBatch || this.db.isInTransaction());
        let item: QueueItem | undefined;
        if (isPinned) {
          const index = this.queue.findIndex((q) => q.handlerId === this.lastHandlerId);
          // The pinned connection's next message has not arrived yet: wait for it.
          if (index === -1) break;
          item = this.queue.splice(index, 1)[0];
        } else {
          item = this.queue.shift();
        }
        if (!item) break;
        let bytes = 0;
        try {
          await this.db.runExclusive(() =>
            this.db.execProtocolRawStream(item.message, {
              onRawData: (data) => {
                bytes += data.length;
                item.onData(data);
              },
            }),
          );
        } catch (error) {
          item.reject(error);
          continue;
        }
        this.lastHandlerId = item.handlerId;
        isMidBatch = EXTENDED.has(item.message[0]!);
        item.resolve(bytes);
      }
    } finally {
      this.processing = false;
    }
  }.bind(queue);

  const clear = queue.clearQueueForHandler.bind(queue);
  queue.clearQueueForHandler = (handlerId: number) => {
    clear(handlerId);
    if (queue.lastHandlerId === handlerId && isMidBatch) {
      isMidBatch = false;
      queue.lastHandlerId = null;
      void queue.processQueue();
    }
  };
}
