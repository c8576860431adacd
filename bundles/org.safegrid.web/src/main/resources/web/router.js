// Hash routes: #/login, #/ (home), #/admin/users, #/m/<module>/<route>.
import { reactive } from 'vue';

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
  return { path, name: 'notfound', params: {}, query };
}

function update() {
  Object.assign(route, parse(window.location.hash));
}

export function navigate(path) {
  const target = `#${path}`;
  if (window.location.hash === target) update();
  else window.location.hash = target;
}

export function modulePath(moduleId, routeName) {
  return `/m/${encodeURIComponent(moduleId)}/${encodeURIComponent(routeName)}`;
}

/** Sends the browser to the login page, remembering where it was. */
export function toLogin() {
  if (route.name === 'login') return;
  const next = route.path === '/' ? '' : `?next=${encodeURIComponent(route.path)}`;
  navigate(`/login${next}`);
}

window.addEventListener('hashchange', update);
update();
