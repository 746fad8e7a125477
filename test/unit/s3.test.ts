import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, type ConfigError } from '../../src/config.ts';
import { s3DocumentStore, signV4 } from '../../src/lib/s3.ts';
import { TEST_SECRETS } from '../helpers/env.ts';

const keyring = loadConfig({ DATABASE_URL: 'postgres://u@127.0.0.1:1/x', ...TEST_SECRETS }).keyring;

describe('AWS Signature Version 4', () => {
  it('signs the example GET of the AWS documentation exactly', () => {
    const emptyHash = createHash('sha256').update('').digest('hex');
    const authorization = signV4({
      method: 'GET',
      path: '/test.txt',
      headers: { Host: 'examplebucket.s3.amazonaws.com', Range: 'bytes=0-9', 'x-amz-content-sha256': emptyHash, 'x-amz-date': '20130524T000000Z' },
      payloadHash: emptyHash,
      region: 'us-east-1',
      service: 's3',
      accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
      secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    });
    expect(authorization).toBe(
      'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request,SignedHeaders=host;range;x-amz-content-sha256;x-amz-date,Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41',
    );
  });
});

/** A small S3-compatible server: checks every request's signature and payload hash, keeps objects in memory. */
const SECRET = 'rahasia-uji-s3-0123456789';
const objects = new Map<string, Buffer>();
let server: Server;
let endpoint: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const payloadHash = String(req.headers['x-amz-content-sha256']);
      const expected = signV4({
        method: req.method!,
        path: req.url!,
        headers: { host: String(req.headers.host), 'x-amz-content-sha256': payloadHash, 'x-amz-date': String(req.headers['x-amz-date']) },
        payloadHash,
        region: 'id-jkt-1',
        service: 's3',
        accessKeyId: 'LINGKARAN',
        secretAccessKey: SECRET,
      });
      if (req.headers.authorization !== expected || createHash('sha256').update(body).digest('hex') !== payloadHash) {
        res.writeHead(403).end('<Error><Code>SignatureDoesNotMatch</Code></Error>');
        return;
      }
      if (req.method === 'PUT') {
        objects.set(req.url!, body);
        res.writeHead(200).end();
      } else if (objects.has(req.url!)) res.writeHead(200).end(objects.get(req.url!));
      else res.writeHead(404).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

describe('documents in an S3-compatible store', () => {
  it('are uploaded signed and encrypted, and read back', async () => {
    const store = s3DocumentStore({ endpoint, bucket: 'dokumen-klaim', region: 'id-jkt-1', accessKeyId: 'LINGKARAN', secretAccessKey: SECRET }, keyring);
    const pdf = Buffer.from('%PDF-1.4 akta kematian Budi Santoso');
    const { sha256 } = await store.put('claims/abc/def', pdf);
    expect(sha256).toBe(createHash('sha256').update(pdf).digest('hex'));
    const [stored] = [...objects.entries()];
    expect(stored![0]).toBe('/dokumen-klaim/claims/abc/def.bin');
    expect(stored![1].includes(Buffer.from('Budi Santoso'))).toBe(false);
    expect((await store.get('claims/abc/def')).equals(pdf)).toBe(true);
  });

  it('fails loudly with a wrong secret (the server refuses the signature)', async () => {
    const store = s3DocumentStore({ endpoint, bucket: 'dokumen-klaim', region: 'id-jkt-1', accessKeyId: 'LINGKARAN', secretAccessKey: 'salah-rahasia-000' }, keyring);
    await expect(store.put('claims/x/y', Buffer.from('%PDF'))).rejects.toThrow(/HTTP 403/);
  });

  it('needs every S3 value when DOCUMENT_STORE=s3', () => {
    try {
      loadConfig({ DATABASE_URL: 'postgres://u@127.0.0.1:1/x', ...TEST_SECRETS, DOCUMENT_STORE: 's3', S3_ENDPOINT: endpoint });
      expect.unreachable();
    } catch (error) {
      expect((error as ConfigError).problems).toEqual([
        'S3_BUCKET wajib diisi bila DOCUMENT_STORE=s3',
        'S3_ACCESS_KEY_ID wajib diisi bila DOCUMENT_STORE=s3',
        'S3_SECRET_ACCESS_KEY wajib diisi bila DOCUMENT_STORE=s3',
      ]);
    }
  });
});
