// Downloads a file the server makes (export, template, PDF) through fetch, so that an error shows as a message
// instead of a browser error page.
import { requestBlob } from './api.js';

/** Offers a blob to the user as a file named `fileName`. */
export function saveBlob(blob, fileName) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // the click has started the download; the URL may go once the browser has read it
  setTimeout(() => URL.revokeObjectURL(url), 60000);
}

/** GETs `path` with `query` and saves it, named as the server says or `fallbackName`. Throws an ApiError. */
export async function downloadFile(path, { query, fallbackName }) {
  const { blob, fileName } = await requestBlob(path, { query });
  saveBlob(blob, fileName || fallbackName);
  return fileName || fallbackName;
}
