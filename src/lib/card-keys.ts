import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';

/**
 * Ed25519 card-signing keys. Configured as `CARD_SIGNING_KEYS=id:base64(32-byte seed)[,id2:…]`; the
 * active key (CARD_SIGNING_ACTIVE_KEY, default the last) signs new cards, the others stay for
 * publishing. Every public key ever configured is also kept in the database (card_keys), so a key
 * removed from the environment still verifies the cards it signed.
 */
export type CardSigningKey = { id: string; privateKey: KeyObject; publicKey: KeyObject; publicKeyRaw: Buffer };
export type CardKeyring = { active: CardSigningKey; keys: Map<string, CardSigningKey> };

// PKCS#8 DER prefix of an Ed25519 private key; the 32-byte seed follows.
const PKCS8_ED25519 = Buffer.from('302e020100300506032b657004220420', 'hex');
// SubjectPublicKeyInfo DER prefix of an Ed25519 public key; the 32 raw bytes follow.
const SPKI_ED25519 = Buffer.from('302a300506032b6570032100', 'hex');

export function signingKeyFromSeed(id: string, seed: Buffer): CardSigningKey {
  if (seed.length !== 32) throw new Error(`card key "${id}" must be 32 bytes`);
  const privateKey = createPrivateKey({ key: Buffer.concat([PKCS8_ED25519, seed]), format: 'der', type: 'pkcs8' });
  const publicKey = createPublicKey(privateKey);
  const publicKeyRaw = publicKey.export({ format: 'der', type: 'spki' }).subarray(SPKI_ED25519.length);
  return { id, privateKey, publicKey, publicKeyRaw: Buffer.from(publicKeyRaw) };
}

export function publicKeyFromRaw(raw: Buffer): KeyObject {
  return createPublicKey({ key: Buffer.concat([SPKI_ED25519, raw]), format: 'der', type: 'spki' });
}

/** Parses CARD_SIGNING_KEYS; returns problems (one line each) instead of throwing. */
export function parseCardKeyring(value: string, activeId: string | undefined): { keyring?: CardKeyring; problems: string[] } {
  const problems: string[] = [];
  const keys = new Map<string, CardSigningKey>();
  for (const entry of value.split(',')) {
    const [id = '', encoded = ''] = entry.split(':');
    if (!/^[A-Za-z0-9_-]{1,16}$/.test(id)) {
      problems.push(`CARD_SIGNING_KEYS: id kunci "${id}" harus 1–16 huruf/angka`);
      continue;
    }
    const seed = Buffer.from(encoded, 'base64');
    if (seed.length !== 32) {
      problems.push(`CARD_SIGNING_KEYS: kunci "${id}" harus 32 byte dalam base64`);
      continue;
    }
    keys.set(id, signingKeyFromSeed(id, seed));
  }
  const active = activeId ?? [...keys.keys()].at(-1);
  if (!active || !keys.has(active)) problems.push(`CARD_SIGNING_ACTIVE_KEY: "${active ?? ''}" tidak ada di CARD_SIGNING_KEYS`);
  if (problems.length) return { problems };
  return { keyring: { active: keys.get(active!)!, keys }, problems };
}
