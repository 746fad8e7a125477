import createClient, { type Middleware } from 'openapi-fetch';
import { currentLocale } from '../i18n';
import type { components, paths } from './schema';

export type Role = components['schemas']['Me']['role'];
export type Me = components['schemas']['Me'];
export type Session = { user: Me; csrfToken: string };
export type Region = components['schemas']['Region'];
export type UserSummary = components['schemas']['UserSummary'];
// The users page needs only a donor organisation's name and type (the API now sends more).
export type DonorOrgSummary = Pick<components['schemas']['DonorOrg'], 'id' | 'displayName' | 'type'>;
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

/** The headers every request of ours carries: the interface language, and the CSRF token on writes. */
function ownHeaders(method: string): Headers {
  const headers = new Headers({ 'Accept-Language': currentLocale() });
  if (csrfToken && UNSAFE_METHODS.has(method.toUpperCase())) headers.set('x-csrf-token', csrfToken);
  return headers;
}

async function bodyOf(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return null;
  }
}

/**
 * Sends a file as multipart/form-data (openapi-fetch is for JSON bodies). Same headers as every
 * other call: the CSRF token and the interface language. Throws an ApiError like unwrap().
 */
export async function postForm(url: string, form: FormData): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { method: 'POST', body: form, credentials: 'same-origin', headers: ownHeaders('POST') });
  } catch (cause) {
    throw new ApiError({ status: 0, code: NETWORK_ERROR, message: cause instanceof Error ? cause.message : String(cause) });
  }
  const body = await bodyOf(response);
  if (!response.ok) throw toApiError(response, body);
  return body;
}

const FILE_NAME = /filename\*=UTF-8''([^;]+)/i;

/**
 * Downloads a file the server builds (an export, a report) and hands it to the browser as a
 * download; a refusal (rate limit, no right) comes back as an ApiError to show on the page.
 */
export async function downloadFile(url: string, fallbackName: string): Promise<void> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin', headers: ownHeaders('GET') });
  } catch (cause) {
    throw new ApiError({ status: 0, code: NETWORK_ERROR, message: cause instanceof Error ? cause.message : String(cause) });
  }
  if (!response.ok) throw toApiError(response, await bodyOf(response));
  const match = FILE_NAME.exec(response.headers.get('content-disposition') ?? '');
  const name = match?.[1] ? decodeURIComponent(match[1]) : fallbackName;
  const objectUrl = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = objectUrl;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the blob is released.
  window.setTimeout(() => URL.revokeObjectURL(objectUrl), 10_000);
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
