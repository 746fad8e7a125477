import createClient, { type Middleware } from 'openapi-fetch';
import { currentLocale } from '../i18n';
import type { components, paths } from './schema';

export type Role = components['schemas']['Me']['role'];
export type Me = components['schemas']['Me'];
export type Session = { user: Me; csrfToken: string };
export type Region = components['schemas']['Region'];
export type UserSummary = components['schemas']['UserSummary'];
export type DonorOrgSummary = components['schemas']['DonorOrgSummary'];
export type Home = components['schemas']['Home'];

export const ROLES = ['admin', 'officer', 'donor', 'gov', 'jury', 'agent'] as const satisfies readonly Role[];

export function isRole(value: unknown): value is Role {
  return ROLES.some((role) => role === value);
}

/** A failed API call: the HTTP status and the stable error code from {"error":{"code",…}}. */
export class ApiError extends Error {
  override name = 'ApiError';
  readonly status: number;
  readonly code: string;
  readonly details: unknown;
  readonly requestId: string | null;

  constructor(options: { status: number; code: string; message: string; details?: unknown; requestId?: string | null }) {
    super(options.message);
    this.status = options.status;
    this.code = options.code;
    this.details = options.details;
    this.requestId = options.requestId ?? null;
  }
}

/** Code used when the server could not be reached at all. */
export const NETWORK_ERROR = 'NETWORK';

// The CSRF token is bound to the session; it arrives with every session response.
let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

const csrfMiddleware: Middleware = {
  onRequest({ request }) {
    if (csrfToken && UNSAFE_METHODS.has(request.method.toUpperCase())) {
      request.headers.set('x-csrf-token', csrfToken);
    }
    return request;
  },
};

// The server words its answers (error messages, notes) in the language of Accept-Language; the
// browser's own header follows the operating system, not the language chosen in the interface.
const languageMiddleware: Middleware = {
  onRequest({ request }) {
    request.headers.set('Accept-Language', currentLocale());
    return request;
  },
};

export const api = createClient<paths>({ baseUrl: '', credentials: 'same-origin' });
api.use(csrfMiddleware);
api.use(languageMiddleware);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Turns an error body of any shape into an ApiError; the documented shape keeps its code. */
export function toApiError(response: Response, body: unknown): ApiError {
  const requestId = response.headers.get('x-request-id');
  const error = isRecord(body) && isRecord(body.error) ? body.error : null;
  if (error && typeof error.code === 'string') {
    return new ApiError({
      status: response.status,
      code: error.code,
      message: typeof error.message === 'string' ? error.message : error.code,
      details: error.details,
      requestId,
    });
  }
  return new ApiError({ status: response.status, code: `HTTP_${response.status}`, message: response.statusText, requestId });
}

type FetchResult<T> = { data?: T; error?: unknown; response: Response };

/** Awaits an openapi-fetch call and returns its data, or throws an ApiError. */
export async function unwrap<T>(call: Promise<FetchResult<T>>): Promise<T> {
  let result: FetchResult<T>;
  try {
    result = await call;
  } catch (cause) {
    if (cause instanceof ApiError) throw cause;
    throw new ApiError({ status: 0, code: NETWORK_ERROR, message: cause instanceof Error ? cause.message : String(cause) });
  }
  const { data, error, response } = result;
  if (!response.ok) throw toApiError(response, error);
  return data as T;
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

/** Field paths named in a VALIDATION_FAILED error (details.fields[].path). */
export function invalidFields(error: ApiError): string[] {
  const details = error.details;
  if (!isRecord(details) || !Array.isArray(details.fields)) return [];
  return details.fields
    .map((field: unknown) => {
      if (!isRecord(field)) return '';
      const path = field.path;
      if (Array.isArray(path)) return path.map(String).join('.');
      return typeof path === 'string' ? path : '';
    })
    .filter((path) => path.length > 0);
}
