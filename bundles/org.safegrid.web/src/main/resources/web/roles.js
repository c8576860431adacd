// The roles of docs/architecture.md, their labels, and which free entries are allowed (village-<code>).
import { hasText, t } from './i18n.js';

export const DEPARTMENTS = ['emergency', 'planning', 'economic', 'culture', 'agriculture', 'citymgmt'];
export const SYSTEM_ROLES = ['admin', 'committee'];
export const DEPT_ROLES = DEPARTMENTS.map((id) => `dept-${id}`);
/** Layer roles, held with a department or village role: which daily, weekly, monthly duties the user owes. */
export const LAYER_ROLES = ['inspector', 'deputy-head', 'head'];

const VILLAGE = /^village-[A-Za-z0-9][A-Za-z0-9_-]*$/;
const DEPT = /^dept-[a-z][a-z0-9-]*$/;

export function isValidRole(role) {
  return SYSTEM_ROLES.includes(role) || LAYER_ROLES.includes(role) || DEPT.test(role) || VILLAGE.test(role);
}

export function roleLabel(role) {
  if (SYSTEM_ROLES.includes(role) || LAYER_ROLES.includes(role)) return t(`roles.${role}`);
  if (role.startsWith('dept-')) {
    const id = role.slice(5);
    return hasText(`roles.dept.${id}`) ? t(`roles.dept.${id}`) : role;
  }
  if (role.startsWith('village-')) return t('roles.village', { code: role.slice(8) });
  return role;
}

/** Tag colour of a role in tables. */
export function roleType(role) {
  if (role === 'admin') return 'danger';
  if (role === 'committee') return 'warning';
  if (LAYER_ROLES.includes(role)) return 'info';
  if (role.startsWith('dept-')) return 'primary';
  return 'success';
}

/** Option groups for the roles select: the listed roles plus the village roles already in use. */
export function roleGroups(knownRoles = []) {
  const depts = new Set(DEPT_ROLES);
  const villages = new Set();
  for (const role of knownRoles) {
    if (DEPT.test(role)) depts.add(role);
    else if (VILLAGE.test(role)) villages.add(role);
  }
  return [
    { label: t('roles.groupSystem'), roles: SYSTEM_ROLES },
    { label: t('roles.groupDept'), roles: [...depts] },
    { label: t('roles.groupLayer'), roles: LAYER_ROLES },
    { label: t('roles.groupVillage'), roles: [...villages].sort() },
  ].filter((g) => g.roles.length > 0);
}
