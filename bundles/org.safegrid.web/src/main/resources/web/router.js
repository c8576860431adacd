// Hash routes: #/login, #/ (home), #/admin/users, #/m/<module>/<route>, and the shared registry pages:
// #/enterprises, #/enterprises/import, #/enterprises/<id>, #/enterprises/<id>/plate, #/enterprises/<id>/plate/print,
// #/plates/incomplete, #/reference; the hazard and enforcement pages are in safety-routes.js, the reports and
// dashboards in reports-routes.js.
import { reactive } from 'vue';
import { safetyRoute } from './safety-routes.js';
import { reportsRoute } from './reports-routes.js';

export const route = reactive({ path: '/', name: 'home', params: {}, query: {} });

export function parse(hash) {
  const raw = (hash ?? '').replace(/^#/, '') || '/';
  const [pathPart, queryPart = ''] = raw.split('?');
  const path = pathPart.startsWith('/') ? pathPart : `/${pathPart}`;
  const query = Object.fromEntries(new URLSearchParams(queryPart));
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0) return { path: '/', name: 'home', params: {}, query };
  if (parts.length === 1 && parts[0] === 'login') return { path, name: 'login', params: {}, query };
  if (parts.length === 2 && parts[0] === 'admin' && parts[1] === 'users') {
    return { path, name: 'users', params: {}, query };
  }
  if (parts[0] === 'm' && parts.length >= 2) {
    return { path, name: 'module', params: { module: parts[1], route: parts.slice(2).join('/') }, query };
  }
  const safety = safetyRoute(parts);
  if (safety) return { path, ...safety, query };
  const reports = reportsRoute(parts);
  if (reports) return { path, ...reports, query };
  const registry = registryRoute(parts);
  if (registry) return { path, ...registry, query };
  return { path, name: 'notfound', params: {}, query };
}

const ID = /^[1-9]\d{0,17}$/;

/** The shared registry pages: {name, params} or null. */
function registryRoute(parts) {
  const [first, second, third, fourth] = parts;
  if (first === 'reference' && parts.length === 1) return { name: 'reference', params: {} };
  if (first === 'plates' && second === 'incomplete' && parts.length === 2) return { name: 'incompletePlates', params: {} };
  if (first !== 'enterprises') return null;
  if (parts.length === 1) return { name: 'enterprises', params: {} };
  if (second === 'import' && parts.length === 2) return { name: 'enterpriseImport', params: {} };
  if (!ID.test(second)) return null;
  const params = { id: second };
  if (parts.length === 2) return { name: 'enterprise', params };
  if (third !== 'plate') return null;
  if (parts.length === 3) return { name: 'plate', params };
  if (fourth === 'print' && parts.length === 4) return { name: 'platePrint', params };
  return null;
}

// each history entry of the shell is numbered (0: the first page opened), so that back() knows whether there is a
// page of ours to go back to
let depth = -1;
// set while the current entry is being replaced (replace()): the page keeps its number
let replacing = false;

function update() {
  const state = window.history.state;
  if (state && Number.isInteger(state.sgDepth)) {
    depth = state.sgDepth;
  } else {
    if (!replacing) depth += 1;
    window.history.replaceState({ ...state, sgDepth: depth }, '');
  }
  replacing = false;
  Object.assign(route, parse(window.location.hash));
}

export function navigate(path) {
  const target = `#${path}`;
  if (window.location.hash === target) update();
  else window.location.hash = target;
}

/** Like navigate(), in place of the current history entry: a form's page gives way to the record it saved. */
export function replace(path) {
  const target = `#${path}`;
  replacing = true;
  if (window.location.hash === target) update();
  else window.location.replace(target);
}

/** Back to the previous page (with its filters), or to `fallback` when this page was opened directly. */
export function back(fallback) {
  if (depth > 0) window.history.back();
  else navigate(fallback);
}

/**
 * Replaces the query of the current page (filters, paging) without a new history entry; keys with null, undefined
 * or '' are left out. The route follows at once.
 */
export function replaceQuery(query) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value != null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  const hash = `#${route.path}${text ? `?${text}` : ''}`;
  if (window.location.hash !== hash) window.history.replaceState(window.history.state, '', hash);
  update();
}

export function modulePath(moduleId, routeName) {
  return `/m/${encodeURIComponent(moduleId)}/${encodeURIComponent(routeName)}`;
}

/** Sends the browser to the login page, remembering where it was. */
export function toLogin() {
  if (route.name === 'login') return;
  // the query too, so that a shared link with filters keeps them after the login
  const here = window.location.hash.replace(/^#/, '') || '/';
  const next = here === '/' ? '' : `?next=${encodeURIComponent(here)}`;
  navigate(`/login${next}`);
}

window.addEventListener('hashchange', update);
update();
