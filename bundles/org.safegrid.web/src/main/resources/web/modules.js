// The department modules the user may see (GET /api/modules) and their UI modules, imported once each.
import { reactive } from 'vue';
import { request } from './api.js';
import { mergeMessages, removeMessages } from './i18n.js';

// generations: id -> how often the module came or went; a new generation imports the code anew
export const modules = reactive({ list: [], loaded: false, error: null, generations: {} });

const loaded = new Map(); // id -> {url, promise}
const failures = new Map(); // id -> failed imports: the browser keeps a failed URL failed, so a retry asks anew

const byOrder = (a, b) => (a.order ?? 0) - (b.order ?? 0) || String(a.id ?? a.route).localeCompare(b.id ?? b.route);

function normalize(list) {
  return (Array.isArray(list) ? list : [])
    .map((m) => ({ ...m, menu: [...(m.menu ?? [])].sort(byOrder) }))
    .sort(byOrder);
}

export async function refreshModules() {
  try {
    modules.list = normalize(await request('/api/modules'));
    modules.error = null;
    const present = new Set(modules.list.map((m) => m.id));
    for (const id of [...loaded.keys()]) if (!present.has(id)) forgetModule(id);
  } catch (error) {
    modules.error = error;
  } finally {
    modules.loaded = true;
  }
}

export function findModule(id) {
  return modules.list.find((m) => m.id === id);
}

/** Drops a module's code and texts; the next load imports it anew (after a 'modules' event). */
export function forgetModule(id) {
  loaded.delete(id);
  modules.generations[id] = (modules.generations[id] ?? 0) + 1;
  removeMessages(id);
}

function versioned(url, id) {
  const n = modules.generations[id] ?? 0;
  const f = failures.get(id) ?? 0;
  if (n === 0 && f === 0) return url;
  return `${url}${url.includes('?') ? '&' : '?'}sg=${n}.${f}`;
}

/** What must stay the same for a loaded module page to stay on screen. */
export function moduleSignature(mod) {
  return mod ? `${mod.id}|${mod.uiModule}|${mod.apiBase}|${modules.generations[mod.id] ?? 0}` : '';
}

/** Imports a module's uiModule (cached per module) and merges its messages; resolves to its default export. */
export function loadUiModule(mod) {
  const cached = loaded.get(mod.id);
  if (cached && cached.url === mod.uiModule) return cached.promise;
  const promise = import(versioned(mod.uiModule, mod.id)).then((ns) => {
    const ui = ns.default;
    if (!ui || typeof ui.routes !== 'object') throw new Error(`${mod.uiModule} exports no routes`);
    mergeMessages(mod.id, ui.messages);
    return ui;
  });
  promise.catch(() => {
    if (loaded.get(mod.id)?.promise !== promise) return;
    loaded.delete(mod.id);
    failures.set(mod.id, (failures.get(mod.id) ?? 0) + 1);
  });
  loaded.set(mod.id, { url: mod.uiModule, promise });
  return promise;
}
