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

function withQuery(path, query) {
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

/**
 * Calls the server. options: method, body (sent as JSON unless FormData/Blob), query, headers,
 * and auth: false for calls whose 401 is an answer, not an expired session (the login itself).
 */
export async function request(path, { method = 'GET', body, query, headers, auth = true } = {}) {
  // the server may answer its messages in the shell's language
  const sent = { Accept: 'application/json', 'Accept-Language': locale.value, ...headers };
  const bearer = token.get();
  if (bearer) sent.Authorization = `Bearer ${bearer}`;
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
  const data = await readBody(response);
  if (response.ok) return data;
  const error = new ApiError(
    response.status,
    data?.code ?? `http-${response.status}`,
    data?.message ?? response.statusText,
    data?.details,
  );
  if (response.status === 401 && auth) handlers.unauthorized(error);
  if (response.status === 403) handlers.forbidden(error);
  throw error;
}

/** The 422 field messages of an error: {field: message}. */
export function fieldErrors(error) {
  return error?.status === 422 ? { ...(error.details?.fields ?? {}) } : {};
}
