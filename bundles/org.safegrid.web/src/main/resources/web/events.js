// Server-sent events from /api/events: 'modules' when a department comes or goes. Reconnects on error.
import { reactive } from 'vue';

export const events = reactive({ connected: false });

const MIN_DELAY = 1000;
const MAX_DELAY = 30000;
let source = null;
let timer = null;
let delay = MIN_DELAY;
let listeners = null;

function connect() {
  timer = null;
  const es = new EventSource('/api/events');
  source = es;
  let dropped = false;
  es.onopen = () => {
    const again = delay > MIN_DELAY || dropped;
    events.connected = true;
    delay = MIN_DELAY;
    if (again) listeners.onReconnect?.();
  };
  es.addEventListener('modules', (event) => {
    let change = {};
    try {
      change = JSON.parse(event.data);
    } catch {
      // no details: still a change
    }
    listeners.onModules?.(change);
  });
  es.onerror = () => {
    dropped = true;
    events.connected = false;
    es.close();
    if (source !== es) return;
    source = null;
    timer = setTimeout(connect, delay);
    delay = Math.min(delay * 2, MAX_DELAY);
  };
}

/** Starts listening: onModules({change, module}) and onReconnect() (events may have been missed). */
export function startEvents(next) {
  listeners = next;
  if (!source && !timer) connect();
}

export function stopEvents() {
  clearTimeout(timer);
  timer = null;
  source?.close();
  source = null;
  events.connected = false;
}
