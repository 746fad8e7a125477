import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { decryptBytes, encryptBytes, type Keyring } from './crypto.ts';
import { s3DocumentStore, type S3Config } from './s3.ts';

/**
 * Uploaded documents (transfer proofs, death certificates, bank books, …): the type is decided by the
 * file's first bytes, never by its name or the browser's claim; the bytes are stored encrypted
 * (AES-256-GCM, the key id kept with them) on disk under DATA_DIR/private — nothing under it is ever
 * served by the web server. An S3-compatible store would implement the same two functions.
 */
export type DocumentKind = 'pdf' | 'jpg' | 'png';
export const DOCUMENT_TYPES: Record<DocumentKind, 'application/pdf' | 'image/jpeg' | 'image/png'> = { pdf: 'application/pdf', jpg: 'image/jpeg', png: 'image/png' };

export function documentKind(head: Buffer): DocumentKind | null {
  if (head.subarray(0, 4).toString('latin1') === '%PDF') return 'pdf';
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpg';
  if (head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png';
  return null;
}

export type DocumentStore = {
  put: (key: string, bytes: Buffer) => Promise<{ sha256: string }>;
  get: (key: string) => Promise<Buffer>;
};

export function diskDocumentStore(dataDir: string, keyring: Keyring): DocumentStore {
  const root = path.join(dataDir, 'private');
  const fileOf = (key: string) => {
    if (!/^[a-z0-9/_.-]+$/.test(key) || key.includes('..')) throw new Error(`invalid document key ${key}`);
    return path.join(root, `${key}.bin`);
  };
  return {
    async put(key, bytes) {
      const file = fileOf(key);
      await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
      await writeFile(file, encryptBytes(keyring, bytes, `document:${key}`), { mode: 0o600 });
      return { sha256: createHash('sha256').update(bytes).digest('hex') };
    },
    async get(key) {
      return decryptBytes(keyring, await readFile(fileOf(key)), `document:${key}`);
    },
  };
}

/** The store the configuration names: DATA_DIR/private on disk, or an S3-compatible bucket. */
export function documentStoreFor(config: { dataDir: string; keyring: Keyring; documents: { store: 'disk' } | { store: 's3'; s3: S3Config } }): DocumentStore {
  return config.documents.store === 's3' ? s3DocumentStore(config.documents.s3, config.keyring) : diskDocumentStore(config.dataDir, config.keyring);
}
