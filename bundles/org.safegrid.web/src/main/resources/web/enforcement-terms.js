// The fixed vocabularies of inspections and enforcement cases (docs/enforcement.md), money and rates.
import { locale, t } from './i18n.js';

export const INSPECTION_KINDS = ['ROUTINE', 'UNANNOUNCED', 'EXPERT', 'JOINT'];
export const CASE_STATES = ['ORDERED', 'REINSPECTED_NOT_RECTIFIED', 'PENALISED', 'DAILY_PENALTY',
  'REINSPECTED_RECTIFIED', 'RECTIFIED'];

const CASE_TAG = {
  ORDERED: 'warning', REINSPECTED_NOT_RECTIFIED: 'danger', PENALISED: 'danger', DAILY_PENALTY: 'danger',
  REINSPECTED_RECTIFIED: 'success', RECTIFIED: 'success',
};
const KIND_TAG = { ROUTINE: 'info', UNANNOUNCED: 'danger', EXPERT: 'primary', JOINT: 'warning' };

export const kindLabel = (k) => (k ? t(`inspectionKind.${k}`) : '');
export const kindTag = (k) => KIND_TAG[k] ?? 'info';
export const caseStateLabel = (s) => (s ? t(`caseState.${s}`) : '');
export const caseStateTag = (s) => CASE_TAG[s] ?? 'info';
export const caseActionLabel = (a) => (a ? t(`caseAction.${a}`) : '');

/** ¥4,000.00 (yuan, two decimals, grouped as the language groups). */
export function money(amount) {
  if (amount == null || amount === '') return '';
  const n = Number(amount);
  if (!Number.isFinite(n)) return String(amount);
  return '¥' + new Intl.NumberFormat(locale.value, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(n);
}

/** A rate 0..1 as a whole percentage for el-progress. */
export const percent = (rate) => Math.max(0, Math.min(100, Math.round((Number(rate) || 0) * 1000) / 10));

/** The colour of a compliance rate: green from 90 %, orange from 60 %, red below. */
export const rateColor = (rate) => (rate >= 0.9 ? '#67c23a' : rate >= 0.6 ? '#e6a23c' : '#f56c6c');

/** A timeline summary 'date=2026-12-01;rectified=false' as pairs. */
export function summaryPairs(summary) {
  return String(summary ?? '').split(';').filter(Boolean).map((part) => {
    const at = part.indexOf('=');
    return at < 0 ? { key: part, value: '' } : { key: part.slice(0, at), value: part.slice(at + 1) };
  });
}
