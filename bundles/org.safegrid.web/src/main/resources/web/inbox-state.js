// The counts of the user's inbox for the header badge (GET /api/inbox/summary), read at login, every minute, and
// after the inbox changes. `available` is false when the inbox module is not deployed (404): no badge then.
import { reactive } from 'vue';
import { request } from './api.js';

export const inbox = reactive({ summary: null, available: true });

let timer = null;

export async function refreshInbox() {
  try {
    inbox.summary = await request('/api/inbox/summary');
    inbox.available = true;
  } catch (e) {
    if (e.status === 404) inbox.available = false;
  }
}

/** Reads the counts again every `ms` (with the session; the session's start reads them first). */
export function startInbox(ms = 60000) {
  clearInterval(timer);
  timer = setInterval(refreshInbox, ms);
}

export function stopInbox() {
  clearInterval(timer);
  timer = null;
  inbox.summary = null;
}
