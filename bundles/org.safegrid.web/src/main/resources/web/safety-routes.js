// Hash routes of the hazard and enforcement pages (measures 4 and 6), their breadcrumbs and their menu entries:
// #/enterprises/<id>/checklists, #/enterprises/<id>/checklists/<template>/<period>, #/checklists/submissions/<id>,
// #/checklists/templates, #/checklists/templates/new, #/checklists/templates/<code>, #/hazards, #/hazards/<id>,
// #/inspections, #/inspections/new, #/inspections/<id>, #/enforcement/cases, #/enforcement/cases/<id>,
// #/enforcement/zero-check, #/inbox, #/duties.
import { t } from './i18n.js';

const ID = /^[1-9]\d{0,17}$/;
const CODE = /^[a-z][a-z0-9-]{0,59}$/;
const PERIOD = /^\d{4}(-\d{2}(-\d{2})?|-W\d{2})$/;

/** {name, params} of a page of this part, or null. `parts` are the decoded path segments. */
export function safetyRoute(parts) {
  const [first, second, third, fourth, fifth] = parts;
  const n = parts.length;
  if (first === 'enterprises' && ID.test(second ?? '') && third === 'checklists') {
    if (n === 3) return { name: 'checklistDue', params: { id: second } };
    if (n === 5 && CODE.test(fourth) && PERIOD.test(fifth)) {
      return { name: 'checklistFill', params: { id: second, template: fourth, period: fifth } };
    }
    return null;
  }
  if (first === 'inbox' && n === 1) return { name: 'inbox', params: {} };
  if (first === 'duties' && n === 1) return { name: 'duties', params: {} };
  if (first === 'hazards') {
    if (n === 1) return { name: 'hazards', params: {} };
    if (n === 2 && ID.test(second)) return { name: 'hazard', params: { id: second } };
    return null;
  }
  if (first === 'inspections') {
    if (n === 1) return { name: 'inspections', params: {} };
    if (n === 2 && second === 'new') return { name: 'inspectionNew', params: {} };
    if (n === 2 && ID.test(second)) return { name: 'inspection', params: { id: second } };
    return null;
  }
  if (first === 'enforcement') {
    if (second === 'zero-check' && n === 2) return { name: 'zeroCheck', params: {} };
    if (second !== 'cases') return null;
    if (n === 2) return { name: 'cases', params: {} };
    if (n === 3 && ID.test(third)) return { name: 'case', params: { id: third } };
    return null;
  }
  if (first === 'checklists') {
    if (second === 'submissions' && n === 3 && ID.test(third)) return { name: 'submission', params: { id: third } };
    if (second !== 'templates') return null;
    if (n === 2) return { name: 'templates', params: {} };
    if (n === 3 && third === 'new') return { name: 'templateEditor', params: { code: '' } };
    if (n === 3 && CODE.test(third)) return { name: 'templateEditor', params: { code: third } };
  }
  return null;
}

/** The menu entry a page belongs to (nav.js marks it active). */
export const SAFETY_MENU = {
  inbox: '/inbox',
  duties: '/inbox',
  hazards: '/hazards',
  hazard: '/hazards',
  inspections: '/inspections',
  inspection: '/inspections',
  inspectionNew: '/inspections',
  cases: '/enforcement/cases',
  case: '/enforcement/cases',
  zeroCheck: '/enforcement/zero-check',
  templates: '/checklists/templates',
  templateEditor: '/checklists/templates',
  checklistDue: '/enterprises',
  checklistFill: '/enterprises',
  submission: '/enterprises',
};

const group = () => t('nav.safety');
const link = (key, href) => ({ text: t(key), href });
const enterprise = (p) => link('enterprise.detailTitle', `#/enterprises/${p.id}`);
const due = (p) => link('checklist.dueTitle', `#/enterprises/${p.id}/checklists`);

/** Breadcrumbs after 首页, by route name. */
export const SAFETY_CRUMBS = {
  inbox: () => [group(), t('nav.inbox')],
  duties: () => [group(), link('nav.inbox', '#/inbox'), t('duty.title')],
  hazards: () => [group(), t('nav.hazards')],
  hazard: () => [group(), link('nav.hazards', '#/hazards'), t('hazard.detailTitle')],
  inspections: () => [group(), t('nav.inspections')],
  inspectionNew: () => [group(), link('nav.inspections', '#/inspections'), t('inspection.createTitle')],
  inspection: () => [group(), link('nav.inspections', '#/inspections'), t('inspection.detailTitle')],
  cases: () => [group(), t('nav.cases')],
  case: () => [group(), link('nav.cases', '#/enforcement/cases'), t('enfCase.detailTitle')],
  zeroCheck: () => [group(), t('nav.zeroCheck')],
  templates: () => [group(), t('nav.templates')],
  templateEditor: (p) => [group(), link('nav.templates', '#/checklists/templates'),
    p.code || t('template.createTitle')],
  checklistDue: (p) => [t('nav.registry'), link('nav.enterprises', '#/enterprises'), enterprise(p),
    t('checklist.dueTitle')],
  checklistFill: (p) => [t('nav.registry'), link('nav.enterprises', '#/enterprises'), enterprise(p), due(p),
    p.period],
  submission: () => [t('nav.registry'), link('nav.enterprises', '#/enterprises'), t('checklist.submissionTitle')],
};
