import { describe, expect, it } from 'vitest';
import { parseKeyring } from '../../src/config.ts';
import { blindIndex, decryptField, encryptField } from '../../src/lib/crypto.ts';
import { TEST_SECRETS } from '../helpers/env.ts';

const keyring = parseKeyring(TEST_SECRETS.ENCRYPTION_KEYS, undefined, TEST_SECRETS.BLIND_INDEX_KEY);

describe('field encryption and blind index', () => {
  it('round-trips, with a fresh IV each time', () => {
    const a = encryptField(keyring, '6202014508900001', 'worker.nik');
    const b = encryptField(keyring, '6202014508900001', 'worker.nik');
    expect(a.ciphertext.equals(b.ciphertext)).toBe(false);
    expect(decryptField(keyring, a, 'worker.nik')).toBe('6202014508900001');
    expect(a.ciphertext.toString('latin1')).not.toContain('6202014508900001');
  });

  it('refuses a ciphertext used as another field or tampered with', () => {
    const a = encryptField(keyring, '6202014508900001', 'worker.nik');
    expect(() => decryptField(keyring, a, 'worker.phone')).toThrow();
    const tampered = Buffer.from(a.ciphertext);
    tampered[tampered.length - 1]! ^= 1;
    expect(() => decryptField(keyring, { keyId: a.keyId, ciphertext: tampered }, 'worker.nik')).toThrow();
  });

  it('reads rows written with an older key after rotation', () => {
    const old = encryptField(keyring, '3514014508900001', 'worker.nik');
    const rotated = parseKeyring(`${TEST_SECRETS.ENCRYPTION_KEYS},t2:${Buffer.alloc(32, 3).toString('base64')}`, 't2', TEST_SECRETS.BLIND_INDEX_KEY);
    expect(decryptField(rotated, old, 'worker.nik')).toBe('3514014508900001');
    expect(encryptField(rotated, 'x', 'worker.nik').keyId).toBe('t2');
  });

  it('gives equal blind indexes for equal values and different ones per key', () => {
    expect(blindIndex(keyring, '6202014508900001', 'worker.nik').equals(blindIndex(keyring, '6202014508900001', 'worker.nik'))).toBe(true);
    const other = parseKeyring(TEST_SECRETS.ENCRYPTION_KEYS, undefined, Buffer.alloc(32, 1).toString('base64'));
    expect(blindIndex(other, '6202014508900001', 'worker.nik').equals(blindIndex(keyring, '6202014508900001', 'worker.nik'))).toBe(false);
  });
});
