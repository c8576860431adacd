// Sends a file as the raw request body with XMLHttpRequest, because fetch reports no upload progress.
import { ApiError, authHeaders, failure, withQuery } from './api.js';

function parse(xhr) {
  const text = xhr.responseText;
  if (!text) return null;
  if ((xhr.getResponseHeader('Content-Type') ?? '').includes('json')) {
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  return text;
}

/**
 * POSTs `file` as the body (Content-Type: the file's type, or application/octet-stream) to `path` with `query`.
 * onProgress(fraction 0..1) follows the upload. Resolves with the parsed answer; rejects with an ApiError like
 * request() does (status 0 when the server could not be reached). Returns {promise, abort}.
 */
export function uploadFile(path, { file, query, onProgress }) {
  const xhr = new XMLHttpRequest();
  const promise = new Promise((resolve, reject) => {
    xhr.open('POST', withQuery(path, query));
    xhr.withCredentials = true;
    const headers = authHeaders({ 'Content-Type': file.type || 'application/octet-stream' });
    for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress?.(e.loaded / e.total);
    };
    xhr.upload.onload = () => onProgress?.(1);
    xhr.onload = () => {
      const data = parse(xhr);
      if (xhr.status >= 200 && xhr.status < 300) resolve(data);
      else reject(failure(xhr.status, data, xhr.statusText));
    };
    xhr.onerror = () => reject(new ApiError(0, 'network', 'network error', {}));
    xhr.onabort = () => reject(new ApiError(0, 'aborted', 'aborted', {}));
    xhr.send(file);
  });
  return { promise, abort: () => xhr.abort() };
}
