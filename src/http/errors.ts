/**
 * One error type for the whole application, with stable codes. Handlers and services throw
 * AppError; src/http/error-handler.ts turns every error into
 * {"error":{"code","message","details"}} with the status from STATUS_BY_CODE.
 */
export const STATUS_BY_CODE = {
  VALIDATION_FAILED: 400,
  INVALID_JSON: 400,
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  FORBIDDEN: 403,
  CSRF_FAILED: 403,
  NOT_FOUND: 404,
  ROUTE_NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  CONFLICT: 409,
  EMAIL_TAKEN: 409,
  NIK_ALREADY_REGISTERED: 409,
  INSUFFICIENT_FUNDS: 409,
  IDEMPOTENCY_KEY_REUSED: 422,
  IDEMPOTENCY_IN_PROGRESS: 409,
  DONATION_NOT_PAYABLE: 409,
  NO_ELIGIBLE_WORKERS: 422,
  WORKERS_NOT_ELIGIBLE: 422,
  PAYMENT_PROVIDER_UNAVAILABLE: 503,
  WEBHOOK_SIGNATURE_INVALID: 401,
  SERVICE_UNAVAILABLE: 503,
  INVALID_STATE: 409,
  SELF_PAY_CODE_INVALID: 422,
  SELF_PAY_CODE_UNKNOWN: 404,
  RUN_IN_PROGRESS: 409,
  CARD_NOT_COVERED: 422,
  CLAIM_NOT_COVERED: 422,
  CLAIM_DOCUMENTS_MISSING: 422,
  CLAIM_NO_RECIPIENT: 422,
  CLAIM_PAYOUT_ACCOUNT_MISSING: 422,
  CLAIM_MAKER_CANNOT_APPROVE: 403,
  CLAIM_ALREADY_PAID: 409,
  CLAIM_PAYOUT_HOLD: 409,
  CLAIM_WORKER_NOT_FOUND: 422,
  CLAIM_DUPLICATE: 409,
  REAUTH_FAILED: 401,
  CARD_BATCH_EMPTY: 422,
  CARD_BATCH_NOT_READY: 409,
  CARD_NOT_IN_EVENT: 422,
  CARD_NOT_VALID: 422,
  IMPORT_NOT_READY: 409,
  IMPORT_HAS_ERRORS: 409,
  FILE_REQUIRED: 400,
  FILE_TYPE_UNSUPPORTED: 415,
  FILE_NOT_TEXT: 422,
  FILE_EMPTY: 422,
  FILE_COLUMNS_MISSING: 422,
  FILE_TOO_MANY_ROWS: 422,
  FILE_ZIP_BOMB: 422,
  FILE_UNREADABLE: 422,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  TOO_MANY_ATTEMPTS: 429,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  NOT_READY: 503,
} as const;

export type ErrorCode = keyof typeof STATUS_BY_CODE;

export class AppError extends Error {
  override name = 'AppError';
  readonly code: ErrorCode;
  readonly details: unknown;
  /** Extra response headers, e.g. Retry-After. */
  readonly headers: Record<string, string>;

  constructor(code: ErrorCode, options: { message?: string; details?: unknown; headers?: Record<string, string> } = {}) {
    super(options.message ?? code);
    this.code = code;
    this.details = options.details;
    this.headers = options.headers ?? {};
  }

  get status(): number {
    return STATUS_BY_CODE[this.code];
  }

  /** Whether a message was given by the thrower (otherwise the catalogue's is used). */
  get hasCustomMessage(): boolean {
    return this.message !== this.code;
  }
}

export const notFound = (details?: unknown) => new AppError('NOT_FOUND', { details });
export const forbidden = (details?: unknown) => new AppError('FORBIDDEN', { details });
