/**
 * The text inside a membership card's QR code, and how to read it. Dependency-free so the server, the
 * command line and the browser (offline verification) read cards the same way.
 *
 *   LK1|90000000127|JKK+JKM|20270430|20261124|c2026|1|<Ed25519 signature, base64url>
 *      version | KPJ | programmes | protected until | issued on | key id | card number | signature
 *
 * The signature covers everything before the last "|" (UTF-8). No name, NIK or birth date is in the
 * payload: what is printed on the card stays on the card, and a hospital learns only membership facts.
 * About 130 characters: a version-7 QR at level M, readable from a phone camera on a CR80 card.
 */
export const CARD_PAYLOAD_VERSION = 'LK1';

export type CardFacts = {
  kpj: string;
  programs: string[];
  protectedUntil: string; // YYYY-MM-DD
  issuedOn: string; // YYYY-MM-DD
  keyId: string;
  cardNo: number;
};

export type ParsedCard = CardFacts & { message: string; signature: Uint8Array };

export type CardVerdict = 'VALID' | 'EXPIRED' | 'REVOKED' | 'TAMPERED' | 'UNKNOWN_KEY' | 'MALFORMED';

const compactDate = (iso: string) => iso.replaceAll('-', '');
const isoDate = (compact: string) => `${compact.slice(0, 4)}-${compact.slice(4, 6)}-${compact.slice(6, 8)}`;

/** The signed part of the payload. */
export function cardMessage(facts: CardFacts): string {
  return [CARD_PAYLOAD_VERSION, facts.kpj, facts.programs.join('+'), compactDate(facts.protectedUntil), compactDate(facts.issuedOn), facts.keyId, String(facts.cardNo)].join('|');
}

export function cardPayload(message: string, signature: Uint8Array): string {
  return `${message}|${toBase64Url(signature)}`;
}

function isRealDate(compact: string): boolean {
  if (!/^\d{8}$/.test(compact)) return false;
  const iso = isoDate(compact);
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso;
}

/** Reads a payload (as scanned or pasted; surrounding spaces ignored). Null when it is not a Lingkaran card. */
export function parseCardPayload(text: string): ParsedCard | null {
  const parts = text.trim().split('|');
  if (parts.length !== 8) return null;
  const [version, kpj, programs, until, issued, keyId, cardNo, signature] = parts as [string, string, string, string, string, string, string, string];
  if (version !== CARD_PAYLOAD_VERSION) return null;
  if (!/^\d{11}$/.test(kpj)) return null;
  if (!/^(JKK|JKM|JHT)(\+(JKK|JKM|JHT))*$/.test(programs)) return null;
  if (!isRealDate(until) || !isRealDate(issued)) return null;
  if (!/^[A-Za-z0-9_-]{1,16}$/.test(keyId) || !/^[1-9]\d{0,5}$/.test(cardNo)) return null;
  if (!/^[A-Za-z0-9_-]{86}$/.test(signature)) return null;
  const bytes = fromBase64Url(signature);
  if (bytes.length !== 64) return null;
  return {
    kpj,
    programs: programs.split('+'),
    protectedUntil: isoDate(until),
    issuedOn: isoDate(issued),
    keyId,
    cardNo: Number(cardNo),
    message: parts.slice(0, 7).join('|'),
    signature: bytes,
  };
}

/**
 * The verdict on a card, in this order: not ours → MALFORMED; key not published → UNKNOWN_KEY;
 * signature does not match → TAMPERED; on the revocation list → REVOKED; protection over → EXPIRED.
 */
export async function judgeCard(
  text: string,
  options: {
    today: string;
    verify: (keyId: string, message: Uint8Array, signature: Uint8Array) => Promise<boolean | null>; // null: key unknown
    isRevoked: (card: ParsedCard) => Promise<boolean>;
  },
): Promise<{ verdict: CardVerdict; card: ParsedCard | null }> {
  const card = parseCardPayload(text);
  if (!card) return { verdict: 'MALFORMED', card: null };
  const isGood = await options.verify(card.keyId, new TextEncoder().encode(card.message), card.signature);
  if (isGood === null) return { verdict: 'UNKNOWN_KEY', card };
  if (!isGood) return { verdict: 'TAMPERED', card };
  if (await options.isRevoked(card)) return { verdict: 'REVOKED', card };
  if (card.protectedUntil < options.today) return { verdict: 'EXPIRED', card };
  return { verdict: 'VALID', card };
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]!;
    if (i + 1 < bytes.length) out += ALPHABET[(n >> 6) & 63]!;
    if (i + 2 < bytes.length) out += ALPHABET[n & 63]!;
  }
  return out;
}

export function fromBase64Url(text: string): Uint8Array {
  const out: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const ch of text) {
    const value = ALPHABET.indexOf(ch);
    if (value < 0) return new Uint8Array(0);
    buffer = (buffer << 6) | value;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push((buffer >> bits) & 255);
    }
  }
  return Uint8Array.from(out);
}

/** First 16 bytes of SHA-256 of the signature, hex: how a revoked card is named on the public list. */
export async function signatureHash(signature: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', Uint8Array.from(signature)));
  return Array.from(digest.subarray(0, 16), (b) => b.toString(16).padStart(2, '0')).join('');
}
