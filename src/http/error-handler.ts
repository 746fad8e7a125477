import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { DomainError, domainMessage } from '../domain/errors.ts';
import { AppError, STATUS_BY_CODE, type ErrorCode } from './errors.ts';
import { localeFromHeader, messageFor } from './messages.ts';

export type ErrorBody = { error: { code: string; message: string; details?: unknown } };

/** Fastify's own client errors, by their code, to ours. */
const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'INVALID_JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'INVALID_JSON',
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'BAD_REQUEST',
  FST_ERR_VALIDATION: 'VALIDATION_FAILED',
};

function codeForStatus(status: number): ErrorCode {
  if (status === 404) return 'NOT_FOUND';
  if (status === 405) return 'METHOD_NOT_ALLOWED';
  if (status === 413) return 'PAYLOAD_TOO_LARGE';
  if (status === 415) return 'UNSUPPORTED_MEDIA_TYPE';
  if (status === 429) return 'RATE_LIMITED';
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  return 'BAD_REQUEST';
}

export function localeOf(request: FastifyRequest) {
  return request.actor?.locale ?? localeFromHeader(request.headers['accept-language']);
}

export function sendError(
  request: FastifyRequest,
  reply: FastifyReply,
  code: ErrorCode,
  options: { message?: string; details?: unknown; status?: number } = {},
) {
  const body: ErrorBody = {
    error: { code, message: options.message ?? messageFor(code, localeOf(request)) },
  };
  if (options.details !== undefined) body.error.details = options.details;
  return reply.code(options.status ?? STATUS_BY_CODE[code]).type('application/json; charset=utf-8').send(body);
}

/** One error shape everywhere; 4xx for every bad input, 500 only for our own faults. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | AppError | Error, request, reply) => {
    if (error instanceof AppError) {
      reply.headers(error.headers);
      return sendError(request, reply, error.code, {
        ...(error.hasCustomMessage ? { message: error.message } : {}),
        details: error.details,
      });
    }
    if (error instanceof DomainError) {
      // A rule broken by the input: 400 with the first issue's code, every issue in details.
      const locale = localeOf(request);
      const issues = error.issues.map((issue) => ({
        code: issue.code,
        ...(issue.field ? { field: issue.field } : {}),
        message: domainMessage(issue, locale),
      }));
      const body: ErrorBody = { error: { code: error.code, message: issues[0]!.message, details: { issues } } };
      return reply.code(400).type('application/json; charset=utf-8').send(body);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const where = (error as FastifyError).validationContext;
      return sendError(request, reply, 'VALIDATION_FAILED', {
        details: {
          in: where,
          fields: error.validation.map((v) => ({
            path: v.instancePath.replace(/^\//, '').replaceAll('/', '.'),
            code: (v.params as { issue?: { code?: string } })?.issue?.code ?? v.keyword,
            message: v.message,
          })),
        },
      });
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error, issues: error.cause.issues }, 'response does not match its schema');
      return sendError(request, reply, 'INTERNAL', { details: { requestId: request.id } });
    }
    const fastifyError = error as FastifyError;
    const status = fastifyError.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      const code = FASTIFY_CODES[fastifyError.code] ?? codeForStatus(status);
      if (status === 429) reply.header('retry-after', reply.getHeader('retry-after') ?? '60');
      return sendError(request, reply, code, { status: STATUS_BY_CODE[code] === status ? undefined : status });
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendError(request, reply, 'INTERNAL', { details: { requestId: request.id } });
  });
}
