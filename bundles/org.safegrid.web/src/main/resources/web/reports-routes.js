// Hash routes of the reports and dashboards (issue 5), their breadcrumbs, menu entries and who may open them:
// #/reports (the town), #/reports/dept/<id>, #/reports/village/<code>, #/reports/archive, #/reports/archive/<id>,
// #/dashboard/<department>.
import { hasText, t } from './i18n.js';
import { hasRole, isAdmin, overseesTown } from './session.js';
import { departmentName, villageName } from './reference-data.js';

const DEPT = /^[a-z][a-z0-9-]{0,59}$/;
const VILLAGE = /^[A-Za-z0-9][A-Za-z0-9_-]{0,59}$/;
const ARCHIVE_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

/** {name, params} of a reports page, or null. `parts` are the decoded path segments. */
export function reportsRoute(parts) {
  const [first, second, third] = parts;
  const n = parts.length;
  if (first === 'dashboard') {
    return n === 2 && DEPT.test(second) ? { name: 'deptDashboard', params: { department: second } } : null;
  }
  if (first !== 'reports') return null;
  if (n === 1) return { name: 'reportTown', params: {} };
  if (second === 'archive') {
    if (n === 2) return { name: 'reportArchive', params: {} };
    if (n === 3 && ARCHIVE_ID.test(third)) return { name: 'reportArchived', params: { id: third } };
    return null;
  }
  if (n === 3 && second === 'dept' && DEPT.test(third)) return { name: 'reportDept', params: { department: third } };
  if (n === 3 && second === 'village' && VILLAGE.test(third)) return { name: 'reportVillage', params: { village: third } };
  return null;
}

/** A department's name: the six offices' from the shell's texts, another's from the registry's list. */
export const deptName = (id) => (hasText(`roles.dept.${id}`) ? t(`roles.dept.${id}`) : departmentName(id));

/** Whether the user may open a department's report or dashboard: its staff, the committee, the administrators. */
export const mayReadDepartment = (id) => overseesTown() || hasRole(`dept-${id}`);
/** Whether the user may open a village's report: its users, the committee, the administrators. */
export const mayReadVillage = (code) => overseesTown() || hasRole(`village-${code}`);

/** Route name → whether the current user may open it (with the route's params); the server refuses the others. */
export const REPORTS_ALLOWED = {
  reportTown: () => overseesTown(),
  // the archive lists what the reader's scope sees (a department's staff their department's reports)
  reportArchive: () => true,
  reportArchived: () => true,
  reportDept: (p) => mayReadDepartment(p.department),
  deptDashboard: (p) => mayReadDepartment(p.department),
  reportVillage: (p) => mayReadVillage(p.village),
};

/** Whether the user may archive a month now (POST /api/reports/archive). */
export const mayArchive = () => isAdmin() || hasRole('committee');

/** The menu entry a page belongs to (nav.js marks it active). */
export const REPORTS_MENU = {
  reportTown: '/reports',
  reportArchive: '/reports/archive',
  reportArchived: '/reports/archive',
};

const group = () => t('nav.reports');
const town = () => ({ text: t('reports.townTitle'), href: '#/reports' });
const archive = () => ({ text: t('nav.reportArchive'), href: '#/reports/archive' });

/** Breadcrumbs after 首页, by route name. */
export const REPORTS_CRUMBS = {
  reportTown: () => [group(), t('reports.townTitle')],
  reportArchive: () => [group(), t('nav.reportArchive')],
  reportArchived: (p) => [group(), archive(), `#${p.id}`],
  reportDept: (p) => [group(), ...(overseesTown() ? [town()] : []), deptName(p.department)],
  reportVillage: (p) => [group(), ...(overseesTown() ? [town()] : []), villageName(p.village)],
  deptDashboard: (p) => [group(), t('dashboard.title', { name: deptName(p.department) })],
};
