// fetch with JSON in and out, the Bearer token, and the error shape of the REST contract.
import { locale } from './i18n.js';

const TOKEN_KEY = 'safegrid.token';

/** The login token: the server also sets the HttpOnly cookie SG_TOKEN; this copy is sent as Bearer. */
export const token = {
  get() {
    try {
      return sessionStorage.getItem(TOKEN_KEY);
    } catch {
      return null;
    }
  },
  set(value) {
    try {
      if (value) sessionStorage.setItem(TOKEN_KEY, value);
    } catch {
      // no storage: the cookie still carries the session
    }
  },
  clear() {
    try {
      sessionStorage.removeItem(TOKEN_KEY);
    } catch {
      // nothing stored
    }
  },
};

/** An error answer: {status, code, message, details}; status 0 when the server could not be reached. */
export class ApiError extends Error {
  constructor(status, code, message, details) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details ?? {};
  }
}

const handlers = { unauthorized: () => {}, forbidden: () => {} };

/** What the shell does on 401 (to the login page) and 403 (a 「无权限」 message). */
export function onApiStatus(next) {
  Object.assign(handlers, next);
}

/** Joins a path to an API base: 'duty-log' → '/api/dept/x/duty-log'; '/api/health' stays absolute. */
export function resolvePath(base, path = '') {
  if (/^(\/|https?:)/.test(path)) return path;
  const tail = path.replace(/^\.\//, '');
  const head = (base ?? '').replace(/\/+$/, '');
  return tail ? `${head}/${tail}` : head;
}

/** A path with the query appended; null, undefined and '' are left out, an array repeats its key. */
export function withQuery(path, query) {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value == null || value === '') continue;
    for (const one of Array.isArray(value) ? value : [value]) params.append(key, one);
  }
  const text = params.toString();
  if (!text) return path;
  return path + (path.includes('?') ? '&' : '?') + text;
}

async function readBody(response) {
  if (response.status === 204 || response.status === 205) return null;
  const text = await response.text();
  if (!text) return null;
  const type = response.headers.get('Content-Type') ?? '';
  if (type.includes('json')) {
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  return text;
}

/** The headers every call sends: JSON wanted, the shell's language, the Bearer token when there is one. */
export function authHeaders(headers) {
  // the server may answer its messages in the shell's language
  const sent = { Accept: 'application/json', 'Accept-Language': locale.value, ...headers };
  const bearer = token.get();
  if (bearer) sent.Authorization = `Bearer ${bearer}`;
  return sent;
}

/** The ApiError of a failed answer (status and parsed body); 401 and 403 go to the shell's handlers first. */
export function failure(status, data, statusText = '', auth = true) {
  const error = new ApiError(
    status,
    data?.code ?? `http-${status}`,
    data?.message ?? (statusText || `HTTP ${status}`),
    data?.details,
  );
  if (status === 401 && auth) handlers.unauthorized(error);
  if (status === 403) handlers.forbidden(error);
  return error;
}

async function send(path, { method = 'GET', body, query, headers, auth = true } = {}) {
  const sent = authHeaders(headers);
  let payload;
  if (body !== undefined) {
    if (body instanceof FormData || body instanceof Blob) {
      payload = body;
    } else {
      payload = JSON.stringify(body);
      sent['Content-Type'] = 'application/json;charset=UTF-8';
    }
  }
  let response;
  try {
    response = await fetch(withQuery(path, query), { method, headers: sent, body: payload, credentials: 'same-origin' });
  } catch (cause) {
    throw new ApiError(0, 'network', cause?.message ?? 'network error', {});
  }
  if (!response.ok) throw failure(response.status, await readBody(response), response.statusText, auth);
  return response;
}

/**
 * Calls the server. options: method, body (sent as JSON unless FormData/Blob), query, headers,
 * and auth: false for calls whose 401 is an answer, not an expired session (the login itself).
 */
export async function request(path, options = {}) {
  return readBody(await send(path, options));
}

/** GETs a file (a spreadsheet, a PDF, an image): {blob, fileName} with the name of Content-Disposition, if any. */
export async function requestBlob(path, { query, headers } = {}) {
  const response = await send(path, { query, headers: { Accept: '*/*', ...headers } });
  return { blob: await response.blob(), fileName: dispositionName(response.headers.get('Content-Disposition')) };
}

/** The file name of a Content-Disposition header: filename*=UTF-8''… first (Chinese names), then filename="…". */
export function dispositionName(header) {
  if (!header) return null;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  if (extended) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      // not percent-encoded properly: try the plain name
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/.exec(header);
  return plain ? plain[1].trim() : null;
}

/** The 422 field messages of an error: {field: message}. */
export function fieldErrors(error) {
  return error?.status === 422 ? { ...(error.details?.fields ?? {}) } : {};
}
