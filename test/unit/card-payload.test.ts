import { randomBytes, sign, verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cardMessage, cardPayload, fromBase64Url, judgeCard, parseCardPayload, signatureHash, toBase64Url } from '../../src/domain/card-payload.ts';
import { parseCardKeyring, publicKeyFromRaw, signingKeyFromSeed } from '../../src/lib/card-keys.ts';
import { signatureHashSync } from '../../src/modules/cards/keys.ts';

const ours = signingKeyFromSeed('c1', Buffer.alloc(32, 1));
const stranger = signingKeyFromSeed('c1', Buffer.alloc(32, 2));
const facts = { kpj: '90000000427', programs: ['JKK', 'JKM'], protectedUntil: '2027-04-30', issuedOn: '2026-11-24', keyId: 'c1', cardNo: 1 };

function signed(key = ours, f = facts) {
  const message = cardMessage(f);
  return cardPayload(message, sign(null, Buffer.from(message), key.privateKey));
}

const judge = (payload: string, options: { today?: string; revoked?: string[] } = {}) =>
  judgeCard(payload, {
    today: options.today ?? '2026-12-01',
    verify: async (keyId, message, signature) => (keyId === 'c1' ? verify(null, message, publicKeyFromRaw(ours.publicKeyRaw), signature) : null),
    isRevoked: async (card) => (options.revoked ?? []).includes(await signatureHash(card.signature)),
  });

describe('the card QR payload', () => {
  it('is compact, readable and carries nothing personal beyond the KPJ', () => {
    const payload = signed();
    expect(payload).toMatch(/^LK1\|90000000427\|JKK\+JKM\|20270430\|20261124\|c1\|1\|[A-Za-z0-9_-]{86}$/);
    expect(payload.length).toBeLessThan(140);
    expect(parseCardPayload(`  ${payload}\n`)).toMatchObject({ ...facts });
  });

  it('tells valid, expired, revoked, tampered, unknown key and malformed apart', async () => {
    const payload = signed();
    expect((await judge(payload)).verdict).toBe('VALID');
    expect((await judge(payload, { today: '2027-05-01' })).verdict).toBe('EXPIRED');
    const hash = signatureHashSync(parseCardPayload(payload)!.signature);
    expect((await judge(payload, { revoked: [hash] })).verdict).toBe('REVOKED');
    // One field changed (the date pushed a year): the signature no longer matches.
    expect((await judge(payload.replace('|20270430|', '|20280430|'))).verdict).toBe('TAMPERED');
    // Signed by someone else's key under our key id: tampered; under an id we never published: unknown key.
    expect((await judge(signed(stranger))).verdict).toBe('TAMPERED');
    expect((await judge(signed(stranger, { ...facts, keyId: 'x9' }))).verdict).toBe('UNKNOWN_KEY');
    for (const junk of ['', 'hello', 'LK2|' + payload.slice(4), payload.replace('|1|', '|0|'), payload.slice(0, -2), payload.replace('20270430', '20270231')]) {
      expect((await judge(junk)).verdict, junk).toBe('MALFORMED');
    }
  });

  it('hashes signatures the same way in the browser code and on the server', async () => {
    const signature = randomBytes(64);
    expect(await signatureHash(signature)).toBe(signatureHashSync(signature));
    expect(toBase64Url(signature)).toBe(signature.toString('base64url'));
    expect(Buffer.from(fromBase64Url(signature.toString('base64url')))).toEqual(signature);
  });

  it('keys: the active one signs, a wrong key length or a missing active id is one clear line', () => {
    const ring = parseCardKeyring(`a:${Buffer.alloc(32, 1).toString('base64')},b:${Buffer.alloc(32, 2).toString('base64')}`, undefined);
    expect(ring.keyring?.active.id).toBe('b');
    expect(parseCardKeyring(`a:${Buffer.alloc(16).toString('base64')}`, undefined).problems[0]).toMatch(/^CARD_SIGNING_KEYS: kunci "a" harus 32 byte/);
    expect(parseCardKeyring(`a:${Buffer.alloc(32).toString('base64')}`, 'z').problems).toEqual(['CARD_SIGNING_ACTIVE_KEY: "z" tidak ada di CARD_SIGNING_KEYS']);
  });
});
