import { createHash, sign, verify, type KeyObject } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { toBase64Url, fromBase64Url } from '../../domain/card-payload.ts';
import { publicKeyFromRaw, type CardKeyring } from '../../lib/card-keys.ts';

/**
 * Published card keys: every configured key's public half is recorded in card_keys at start, and
 * verification reads that table, so a key removed from CARD_SIGNING_KEYS (rotated out) still verifies
 * the cards it signed. A configured id whose public key differs from the recorded one stops the start:
 * reusing an id for a new key would silently invalidate every card signed with the old one.
 */
export async function publishCardKeys(db: Kysely<DB>, keyring: CardKeyring): Promise<void> {
  for (const key of keyring.keys.values()) {
    const publicKey = toBase64Url(key.publicKeyRaw);
    await db.insertInto('card_keys').values({ id: key.id, public_key: publicKey }).onConflict((oc) => oc.doNothing()).execute();
    const recorded = await db.selectFrom('card_keys').select('public_key').where('id', '=', key.id).executeTakeFirst();
    if (recorded?.public_key !== publicKey) {
      throw new Error(`CARD_SIGNING_KEYS: id kunci "${key.id}" sudah dipakai untuk kunci publik lain; kunci baru perlu id baru`);
    }
  }
  keyCache = null;
}

let published: { keyring: CardKeyring; done: Promise<void> } | null = null;

/** publishCardKeys once per process and keyring (the server also calls it at start, so a conflict stops it). */
export function ensureCardKeysPublished(db: Kysely<DB>, keyring: CardKeyring): Promise<void> {
  if (published?.keyring !== keyring) {
    const done = publishCardKeys(db, keyring);
    published = { keyring, done };
    done.catch(() => {
      if (published?.done === done) published = null;
    });
  }
  return published.done;
}

export type PublishedKey = { id: string; algorithm: 'Ed25519'; publicKey: string; createdAt: Date };

let keyCache: { at: number; keys: Map<string, { key: KeyObject; row: PublishedKey }> } | null = null;

/** The published keys, cached for a minute (and reloaded at once when an unknown id is asked for). */
export async function publishedKeys(db: Kysely<DB>, options: { isFresh?: boolean } = {}) {
  if (!keyCache || options.isFresh || Date.now() - keyCache.at > 60_000) {
    const rows = await db.selectFrom('card_keys').selectAll().orderBy('created_at').execute();
    keyCache = {
      at: Date.now(),
      keys: new Map(
        rows.map((r) => [r.id, { key: publicKeyFromRaw(Buffer.from(fromBase64Url(r.public_key))), row: { id: r.id, algorithm: 'Ed25519' as const, publicKey: r.public_key, createdAt: r.created_at } }]),
      ),
    };
  }
  return keyCache.keys;
}

export async function verifyWithPublished(db: Kysely<DB>, keyId: string, message: Uint8Array, signature: Uint8Array): Promise<boolean | null> {
  let keys = await publishedKeys(db);
  if (!keys.has(keyId) && keyCache && Date.now() - keyCache.at > 5_000) keys = await publishedKeys(db, { isFresh: true });
  const entry = keys.get(keyId);
  if (!entry) return null;
  return verify(null, message, entry.key, signature);
}

export function signCardMessage(keyring: CardKeyring, message: string): { signature: Buffer; keyId: string } {
  return { signature: sign(null, Buffer.from(message, 'utf8'), keyring.active.privateKey), keyId: keyring.active.id };
}

/** Same as signatureHash() in the domain (which is async, for browsers); here synchronous. */
export function signatureHashSync(signature: Uint8Array): string {
  return createHash('sha256').update(signature).digest().subarray(0, 16).toString('hex');
}
