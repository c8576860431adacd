// How a report's figures read: counts as numbers, rates as percentages, amounts (in fen) as yuan, flags as yes/no;
// and whether a value is good or bad for the unit, from the figure's `better`.
import { locale, t } from './i18n.js';

const number = (value, digits = 0) =>
  new Intl.NumberFormat(locale.value, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);

/** A figure's value as text; '—' when there is none (a rate over nothing). */
export function formatValue(figure, value) {
  if (value == null || Number.isNaN(Number(value))) return '—';
  const n = Number(value);
  switch (figure?.type) {
    case 'RATE':
      return `${number(n * 100, 1)}%`;
    case 'AMOUNT':
      return `¥${number(n / 100, 2)}`;
    case 'FLAG':
      return n ? t('reports.flagYes') : t('reports.flagNo');
    default:
      return Number.isInteger(n) ? number(n) : number(n, 2);
  }
}

/** A section figure's value with its unit ({code, label, value, unit}): numbers grouped, the unit after. */
export function formatSectionValue(figure) {
  const v = figure?.value;
  if (v == null || v === '') return '—';
  const n = Number(v);
  const text = Number.isFinite(n) && typeof v !== 'boolean' ? (Number.isInteger(n) ? number(n) : number(n, 2)) : String(v);
  return figure.unit ? `${text} ${figure.unit}` : text;
}

// counts of which any at all is a warning (org.safegrid.api.report.CoreFigures)
const WARNING_COUNTS = new Set(['hazards-overdue', 'major-overdue', 'repeat-offenders']);

/**
 * 'bad' when the value counts against the unit: a raised flag where lower is better, any overdue hazard or repeat
 * offender, a rate under 60 % where higher is better; 'good' for a full rate; '' otherwise.
 */
export function valueTone(figure, value) {
  if (value == null || !figure) return '';
  const n = Number(value);
  if (figure.better === 'LOWER') {
    return n > 0 && (figure.type === 'FLAG' || WARNING_COUNTS.has(figure.code)) ? 'bad' : '';
  }
  if (figure.better === 'HIGHER' && figure.type === 'RATE') {
    if (n < 0.6) return 'bad';
    if (n >= 0.999) return 'good';
  }
  return '';
}

/** A score to one decimal, '—' when the unit has none. */
export const formatScore = (score) => (score == null ? '—' : number(Number(score), 1));

/** The name of a unit kind: 部门 / 村（社区）. */
export const kindLabel = (kind) => t(`reports.kind.${kind}`);
