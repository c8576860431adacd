// The fixed vocabularies of checklists and hazards (docs/checklists.md, docs/hazards.md) with their labels and colours.
import { pick, t } from './i18n.js';

export const HAZARD_STATES = ['REPORTED', 'RECTIFYING', 'AWAITING_VERIFICATION', 'CLOSED'];
export const HAZARD_LEVELS = ['GENERAL', 'MAJOR'];
export const HAZARD_SOURCES = ['SELF_INSPECTION', 'INSPECTION', 'TIPOFF', 'OTHER'];
/** The five fixes (五落实) in the order of the law: responsibility, measures, funds, deadline, contingency plan. */
export const FIX_FIELDS = ['responsiblePerson', 'measures', 'funds', 'deadline', 'contingencyPlan'];

export const CADENCES = ['DAILY', 'WEEKLY', 'MONTHLY'];
export const CATEGORIES = ['PEOPLE', 'EQUIPMENT', 'PROCESS', 'ENVIRONMENT', 'MANAGEMENT'];
export const SEVERITIES = ['GENERAL', 'MAJOR'];
export const RESULTS = ['PASS', 'FAIL', 'NOT_APPLICABLE'];

const STATE_TAG = { REPORTED: 'danger', RECTIFYING: 'warning', AWAITING_VERIFICATION: 'primary', CLOSED: 'success' };
const DUE_TAG = { OVERDUE: 'danger', DUE: 'warning', DONE: 'success' };
const RESULT_TAG = { PASS: 'success', FAIL: 'danger', NOT_APPLICABLE: 'info' };

export const hazardStateLabel = (s) => (s ? t(`hazardState.${s}`) : '');
export const hazardStateTag = (s) => STATE_TAG[s] ?? 'info';
export const levelLabel = (l) => (l ? t(`hazardLevel.${l}`) : '');
export const levelTag = (l) => (l === 'MAJOR' ? 'danger' : 'warning');
export const sourceLabel = (s) => (s ? t(`hazardSource.${s}`) : '');
export const fixLabel = (f) => t(`fixes.${f}`);
export const cadenceLabel = (c) => (c ? t(`cadence.${c}`) : '');
export const categoryLabel = (c) => (c ? t(`category.${c}`) : '');
export const resultLabel = (r) => (r ? t(`result.${r}`) : '');
export const resultTag = (r) => RESULT_TAG[r] ?? 'info';
export const dueStateLabel = (s) => (s ? t(`dueState.${s}`) : '');
export const dueStateTag = (s) => DUE_TAG[s] ?? 'info';

/** A template's or a due entry's name in the current language. */
export const templateName = (x) => pick({ zh: x?.name ?? x?.templateName, en: x?.nameEn ?? x?.templateNameEn });
/** An item's or an answer's text in the current language. */
export const itemText = (x) => pick({ zh: x?.text, en: x?.textEn });

/** The first day and, when longer, the last day of a period: 2026-11-30, 2026-11-23 ~ 2026-11-29. */
export const periodSpan = (p) => (!p ? '' : p.start === p.end ? p.start : `${p.start} ~ ${p.end}`);

/** A hazard's source reference as a console route: its submission or its inspection; null for others. */
export function sourceLink(sourceRef) {
  const submission = /^submission:(\d+)/.exec(sourceRef ?? '');
  if (submission) return `#/checklists/submissions/${submission[1]}`;
  const inspection = /^inspection:(\d+)/.exec(sourceRef ?? '');
  return inspection ? `#/inspections/${inspection[1]}` : null;
}
