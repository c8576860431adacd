// Who is logged in, and what they may do.
import { reactive } from 'vue';
import { request, token } from './api.js';

export const session = reactive({
  user: null, // {username, displayName, roles, permissions}
  checked: false, // GET /api/auth/me has answered once
});

/** Asks the server who we are (Bearer from sessionStorage, or the HttpOnly cookie). */
export async function restore() {
  try {
    session.user = await request('/api/auth/me');
  } catch {
    session.user = null;
  } finally {
    session.checked = true;
  }
  return session.user;
}

export async function login(username, password) {
  const answer = await request('/api/auth/login', { method: 'POST', body: { username, password }, auth: false });
  token.set(answer?.token);
  session.user = answer?.user ?? (await request('/api/auth/me'));
  session.checked = true;
  return session.user;
}

export async function logout() {
  try {
    await request('/api/auth/logout', { method: 'POST', auth: false });
  } finally {
    expire();
  }
}

/** Forgets the session locally (after a 401 or a logout). */
export function expire() {
  token.clear();
  session.user = null;
}

function matches(granted, wanted) {
  if (granted === '*' || granted === wanted) return true;
  const g = granted.split(':');
  const w = wanted.split(':');
  return g.length === w.length && g.every((part, i) => part === '*' || part === w[i]);
}

/** Whether the user holds a permission '<module>:<action>' ('*', 'x:*' and '*:view' grant by wildcard). */
export function can(permission) {
  if (!permission) return true;
  const granted = session.user?.permissions ?? [];
  return granted.some((g) => matches(g, permission));
}

export function hasRole(role) {
  return (session.user?.roles ?? []).includes(role);
}

export function isAdmin() {
  return hasRole('admin');
}

/** Whether the user may register and change enterprises and plates (docs/enterprises-and-plates.md, "Data scope"). */
export function mayChangeRegistry() {
  return (session.user?.roles ?? []).some((r) => r === 'admin' || r === 'committee' || r.startsWith('dept-'));
}

/** The departments the user works for: 'dept-emergency' → 'emergency'. */
export function ownDepartments() {
  return (session.user?.roles ?? []).filter((r) => r.startsWith('dept-')).map((r) => r.slice(5));
}

/** Whether the user sees the town as a whole: the zero-enforcement check is theirs (docs/enforcement.md). */
export function overseesTown() {
  return hasRole('admin') || hasRole('committee');
}

/** Whether the user may write checklist templates: administrators, and department users for their department. */
export function mayWriteTemplates() {
  return isAdmin() || ownDepartments().length > 0;
}
