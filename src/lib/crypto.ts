import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { randomChunk } from './ids.ts';

/**
 * Field encryption for personal data (NIK, phone, bank accounts): AES-256-GCM with a random
 * 12-byte IV. The key id is stored beside the ciphertext so keys can rotate: new writes use
 * the active key, reads use whichever key wrote the row.
 * Layout of the ciphertext bytes: iv (12) ‖ auth tag (16) ‖ ciphertext.
 */
export type Keyring = {
  activeKeyId: string;
  keys: ReadonlyMap<string, Buffer>;
  /** HMAC-SHA256 key of the blind index (lookup by NIK without decrypting). */
  blindIndexKey: Buffer;
};

export type Encrypted = { keyId: string; ciphertext: Buffer };

export function encryptField(keyring: Keyring, plaintext: string, context: string): Encrypted {
  const key = keyring.keys.get(keyring.activeKeyId);
  if (!key) throw new Error(`Kunci enkripsi aktif ${keyring.activeKeyId} tidak ada`);
  const iv = randomChunk(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  // The field name is authenticated, so a NIK ciphertext cannot be passed off as a phone number.
  cipher.setAAD(Buffer.from(context, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return { keyId: keyring.activeKeyId, ciphertext: Buffer.concat([iv, cipher.getAuthTag(), body]) };
}

export function decryptField(keyring: Keyring, encrypted: Encrypted, context: string): string {
  const key = keyring.keys.get(encrypted.keyId);
  if (!key) throw new Error(`Kunci enkripsi ${encrypted.keyId} tidak ada di keyring`);
  const iv = encrypted.ciphertext.subarray(0, 12);
  const tag = encrypted.ciphertext.subarray(12, 28);
  const body = encrypted.ciphertext.subarray(28);
  const decipher = createDecipheriv('aes-256-gcm', key, iv);
  decipher.setAAD(Buffer.from(context, 'utf8'));
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
}

/** Keyed blind index: equal inputs give equal digests; without the key it reveals nothing. */
export function blindIndex(keyring: Keyring, value: string, context: string): Buffer {
  return createHmac('sha256', keyring.blindIndexKey).update(`${context}:${value}`).digest();
}

export function sha256(value: string | Buffer): Buffer {
  return createHash('sha256').update(value).digest();
}

export function hmacHex(key: string | Buffer, value: string | Buffer): string {
  return createHmac('sha256', key).update(value).digest('hex');
}

export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

export function constantTimeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** Bytes (an uploaded file) encrypted like a field: layout keyIdLength(1) ‖ keyId ‖ iv ‖ tag ‖ ciphertext. */
export function encryptBytes(keyring: Keyring, plaintext: Buffer, context: string): Buffer {
  const key = keyring.keys.get(keyring.activeKeyId);
  if (!key) throw new Error(`Kunci enkripsi aktif ${keyring.activeKeyId} tidak ada`);
  const iv = randomChunk(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(context, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  const keyId = Buffer.from(keyring.activeKeyId, 'utf8');
  return Buffer.concat([Buffer.from([keyId.length]), keyId, iv, cipher.getAuthTag(), body]);
}

export function decryptBytes(keyring: Keyring, sealed: Buffer, context: string): Buffer {
  const idLength = sealed[0]!;
  const keyId = sealed.subarray(1, 1 + idLength).toString('utf8');
  const key = keyring.keys.get(keyId);
  if (!key) throw new Error(`Kunci enkripsi ${keyId} tidak ada di keyring`);
  const rest = sealed.subarray(1 + idLength);
  const decipher = createDecipheriv('aes-256-gcm', key, rest.subarray(0, 12));
  decipher.setAAD(Buffer.from(context, 'utf8'));
  decipher.setAuthTag(rest.subarray(12, 28));
  return Buffer.concat([decipher.update(rest.subarray(28)), decipher.final()]);
}
