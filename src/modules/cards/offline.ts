import { verify } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fromBase64Url, judgeCard, signatureHash, type CardVerdict } from '../../domain/card-payload.ts';
import { jakartaToday } from '../../domain/dates.ts';
import { publicKeyFromRaw } from '../../lib/card-keys.ts';

/**
 * Verification without the database: the published keys and revocation list (GET /api/cards/keys),
 * read from a saved file or fetched from a URL — what a hospital's system or an officer in the field
 * does with the keys it has cached.
 */
export const VERDICT_TEXT: Record<CardVerdict, string> = {
  VALID: 'SAH — kartu asli dan perlindungan masih berlaku.',
  EXPIRED: 'KEDALUWARSA — kartu asli, tetapi masa perlindungan yang tercetak sudah lewat.',
  REVOKED: 'DICABUT — kartu ini sudah diganti (hilang/rusak); mintalah kartu yang baru.',
  TAMPERED: 'DIPALSUKAN — isi QR tidak cocok dengan tanda tangannya.',
  UNKNOWN_KEY: 'KUNCI TAK DIKENAL — kartu ditandatangani dengan kunci yang tidak diterbitkan Lingkaran.',
  MALFORMED: 'BUKAN KARTU LINGKARAN — isi QR tidak terbaca sebagai kartu peserta.',
};

type KeysDocument = { keys: { id: string; publicKey: string }[]; revoked: string[] };

export async function loadKeysDocument(source: string): Promise<KeysDocument> {
  const text = /^https?:\/\//.test(source) ? await (await fetch(source)).text() : await readFile(source, 'utf8');
  const json = JSON.parse(text) as KeysDocument;
  if (!Array.isArray(json.keys) || !Array.isArray(json.revoked)) throw new Error(`${source}: bukan dokumen kunci kartu Lingkaran`);
  return json;
}

export async function verifyOffline(payload: string, source: string, today = jakartaToday()) {
  const doc = await loadKeysDocument(source);
  const keys = new Map(doc.keys.map((k) => [k.id, publicKeyFromRaw(Buffer.from(fromBase64Url(k.publicKey)))]));
  const revoked = new Set(doc.revoked);
  return judgeCard(payload, {
    today,
    verify: async (keyId, message, signature) => {
      const key = keys.get(keyId);
      return key ? verify(null, message, key, signature) : null;
    },
    isRevoked: async (card) => revoked.has(await signatureHash(card.signature)),
  });
}
