// Calendar days as the REST API writes them (ISO 2026-11-30), in the browser's time, which is the town's.
const pad = (n) => String(n).padStart(2, '0');

/** A Date as 2026-11-30 (local time). */
export function isoDay(date) {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Today as 2026-11-30. */
export const today = () => isoDay(new Date());

/** 2026-11-30 plus `days` (may be negative). */
export function addDays(iso, days) {
  const [y, m, d] = String(iso).split('-').map(Number);
  return isoDay(new Date(y, m - 1, d + days));
}

/** The first day of the month of `iso`. */
export const monthStart = (iso) => `${String(iso).slice(0, 7)}-01`;

/** For el-date-picker's disabled-date: days before today. */
export function beforeToday(date) {
  return isoDay(date) < today();
}

/** For el-date-picker's disabled-date: days after today. */
export function afterToday(date) {
  return isoDay(date) > today();
}
