import type { FastifyServerOptions } from 'fastify';

/** Digits that look like a NIK (16), a KPJ (11) or a phone number are masked in logged URLs. */
export function redactDigits(text: string): string {
  return text.replace(/(\+?\d{4})\d{5,}(\d{2})/g, (_m, head: string, tail: string) => `${head}…${tail}`);
}

export const REDACT_PATHS = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.passwordHash',
  '*.password_hash',
  '*.nik',
  '*.phone',
  '*.bankAccount',
  '*.token',
  '*.csrfToken',
];

export function loggerOptions(level: string, stream?: { write: (line: string) => void }): FastifyServerOptions['logger'] {
  return {
    level,
    ...(stream ? { stream } : {}),
    redact: { paths: REDACT_PATHS, censor: '[disamarkan]' },
    serializers: {
      req: (req: { method: string; url: string; ip?: string }) => ({
        method: req.method,
        url: redactDigits(req.url),
        ip: req.ip,
      }),
    },
  };
}
