// The fixed vocabularies of an enterprise (risk level, status, flags) with their labels and colours.
import { locale, t } from './i18n.js';

export const RISK_LEVELS = ['RED', 'ORANGE', 'YELLOW', 'BLUE'];
export const STATUSES = ['OPERATING', 'SUSPENDED', 'CLOSED'];
export const FLAGS = ['ABOVE_SCALE', 'MAJOR_HAZARD_SOURCE', 'HIGH_FIRE_RISK', 'SPECIAL_EQUIPMENT'];
/** Fewer staff than this make a small enterprise (小微); the server derives `small` the same way. */
export const SMALL_BELOW = 30;

const STATUS_TAG = { OPERATING: 'success', SUSPENDED: 'warning', CLOSED: 'info' };

export const riskLabel = (level) => (level ? t(`risk.${level}`) : '');
export const statusLabel = (status) => (status ? t(`status.${status}`) : '');
export const statusTag = (status) => STATUS_TAG[status] ?? 'info';
export const flagLabel = (flag) => t(`flag.${flag}`);

/** The class that colours a risk tag red, orange, yellow or blue (app.css). */
export const riskClass = (level) => `sg-risk sg-risk-${String(level ?? '').toLowerCase()}`;

/** A name from the server in the current language: {name, nameEn} records. */
export function localName(record) {
  if (!record) return '';
  return (locale.value === 'en' ? record.nameEn || record.name : record.name || record.nameEn) ?? '';
}

/** Names joined as the language lists them: 甲、乙 or A, B. */
export const joinNames = (names) => names.join(locale.value === 'en' ? ', ' : '、');

/** A name with a note in brackets: 张三（监管责任人） or Zhang San (Regulator). */
export const withNote = (name, note) => (locale.value === 'en' ? `${name} (${note})` : `${name}（${note}）`);

const pad = (n) => String(n).padStart(2, '0');

/** 2026-11-29 10:10 in local time for an ISO instant; '' for nothing. */
export function dateTime(value) {
  if (!value) return '';
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return String(value);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
