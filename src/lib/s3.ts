import { createHash, createHmac } from 'node:crypto';
import { decryptBytes, encryptBytes, type Keyring } from './crypto.ts';
import type { DocumentStore } from './documents.ts';

/**
 * An S3-compatible object store (AWS S3, MinIO, Ceph, a cloud provider's "S3 API") for documents,
 * with AWS Signature Version 4 written out here (a few HMACs; no SDK). Path-style URLs
 * (`endpoint/bucket/key`) work with every S3-compatible server. Objects are encrypted before upload with
 * the same data keys as on disk, so the store never holds a readable death certificate.
 */
export type S3Config = { endpoint: string; bucket: string; region: string; accessKeyId: string; secretAccessKey: string };

const sha256Hex = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
const hmac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data).digest();

/** RFC 3986 encoding of one path segment, as SigV4 wants it. */
function encodeSegment(segment: string): string {
  return encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

export type SignInput = {
  method: string;
  path: string; // already encoded
  headers: Record<string, string>; // must include host and x-amz-date; names any case
  payloadHash: string;
  region: string;
  service: string;
  accessKeyId: string;
  secretAccessKey: string;
};

/** The Authorization header of AWS Signature Version 4 (header-based, no query parameters). */
export function signV4(input: SignInput): string {
  const headers = Object.entries(input.headers)
    .map(([name, value]) => [name.toLowerCase(), value.trim().replace(/\s+/g, ' ')] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const signedHeaders = headers.map(([name]) => name).join(';');
  const amzDate = headers.find(([name]) => name === 'x-amz-date')?.[1];
  if (!amzDate) throw new Error('x-amz-date is required');
  const day = amzDate.slice(0, 8);
  const canonical = [input.method, input.path, '', ...headers.map(([n, v]) => `${n}:${v}`), '', signedHeaders, input.payloadHash].join('\n');
  const scope = `${day}/${input.region}/${input.service}/aws4_request`;
  const toSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256Hex(canonical)].join('\n');
  const key = hmac(hmac(hmac(hmac(`AWS4${input.secretAccessKey}`, day), input.region), input.service), 'aws4_request');
  const signature = createHmac('sha256', key).update(toSign).digest('hex');
  return `AWS4-HMAC-SHA256 Credential=${input.accessKeyId}/${scope},SignedHeaders=${signedHeaders},Signature=${signature}`;
}

function amzDateOf(now: Date): string {
  return now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

export function s3DocumentStore(config: S3Config, keyring: Keyring, fetchImpl: typeof fetch = fetch): DocumentStore {
  const base = new URL(config.endpoint);
  const objectPath = (key: string) => `${base.pathname.replace(/\/$/, '')}/${encodeSegment(config.bucket)}/${key.split('/').map(encodeSegment).join('/')}`;
  async function request(method: 'PUT' | 'GET', key: string, body?: Buffer): Promise<Response> {
    const path = objectPath(key);
    const payloadHash = sha256Hex(body ?? '');
    const headers: Record<string, string> = { host: base.host, 'x-amz-content-sha256': payloadHash, 'x-amz-date': amzDateOf(new Date()) };
    const authorization = signV4({ method, path, headers, payloadHash, region: config.region, service: 's3', accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey });
    // fetch sets Host itself (to base.host, the value signed).
    const response = await fetchImpl(`${base.protocol}//${base.host}${path}`, {
      method,
      headers: { 'x-amz-content-sha256': payloadHash, 'x-amz-date': headers['x-amz-date']!, authorization, ...(body ? { 'content-type': 'application/octet-stream' } : {}) },
      ...(body ? { body: new Uint8Array(body) } : {}),
    });
    if (!response.ok) throw new Error(`S3 ${method} ${key}: HTTP ${response.status}`);
    return response;
  }
  return {
    async put(key, bytes) {
      await request('PUT', `${key}.bin`, encryptBytes(keyring, bytes, `document:${key}`));
      return { sha256: createHash('sha256').update(bytes).digest('hex') };
    },
    async get(key) {
      const response = await request('GET', `${key}.bin`);
      return decryptBytes(keyring, Buffer.from(await response.arrayBuffer()), `document:${key}`);
    },
  };
}
