// Report periods as the reports API names them (docs: shared contracts): a month 2026-11, an ISO week 2026-W48, a
// day 2026-11-28, or a custom range from/to. The page keeps the period in its URL query.
import { addDays, isoDay, today } from './dates.js';

export const GRANULARITIES = ['MONTH', 'WEEK', 'DAY', 'CUSTOM'];

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const WEEK = /^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

const pad = (n) => String(n).padStart(2, '0');

/** The month of a day: 2026-11-28 → 2026-11. */
export const monthOf = (iso) => String(iso).slice(0, 7);

/** The current month, 2026-11. */
export const currentMonth = () => monthOf(today());

/** A day as a Date at local midnight. */
const at = (iso) => {
  const [y, m, d] = String(iso).split('-').map(Number);
  return new Date(y, m - 1, d);
};

/** The ISO week (Monday to Sunday) holding a day: 2026-11-28 → 2026-W48; 2027-01-01 → 2026-W53. */
export function isoWeekKey(iso) {
  const date = at(iso);
  const weekday = (date.getDay() + 6) % 7; // Monday 0 … Sunday 6
  const thursday = new Date(date.getFullYear(), date.getMonth(), date.getDate() - weekday + 3);
  const year = thursday.getFullYear();
  const firstThursday = new Date(year, 0, 4);
  const firstMonday = new Date(year, 0, 4 - ((firstThursday.getDay() + 6) % 7));
  const week = Math.round((thursday - firstMonday) / 86400000 / 7) + 1;
  return `${year}-W${pad(week)}`;
}

/** The Monday of an ISO week key: 2026-W48 → 2026-11-23. */
export function weekMonday(key) {
  const [year, week] = key.split('-W').map(Number);
  const jan4 = new Date(year, 0, 4);
  const monday = new Date(year, 0, 4 - ((jan4.getDay() + 6) % 7) + (week - 1) * 7);
  return isoDay(monday);
}

/** The granularity of a period query {period, from, to}, or null when it names no valid period. */
export function granularityOf(query) {
  const key = query?.period;
  if (key) {
    if (MONTH.test(key)) return 'MONTH';
    if (WEEK.test(key)) return 'WEEK';
    if (DAY.test(key)) return 'DAY';
    return null;
  }
  if (query?.from && query?.to && DAY.test(query.from) && DAY.test(query.to)) return 'CUSTOM';
  return null;
}

/** The default period of a granularity, all ending today: this month, this week, today, the month so far. */
export function defaultPeriod(granularity) {
  const day = today();
  switch (granularity) {
    case 'WEEK':
      return { period: isoWeekKey(day) };
    case 'DAY':
      return { period: day };
    case 'CUSTOM':
      return { from: `${monthOf(day)}-01`, to: day };
    default:
      return { period: monthOf(day) };
  }
}

/**
 * The period the page shows for its URL query: the query's own when valid, the current month otherwise (so a bad
 * link still opens a report; the server checks the rest, such as the length of a range).
 */
export function periodOf(query) {
  const granularity = granularityOf(query);
  if (!granularity) return { granularity: 'MONTH', ...defaultPeriod('MONTH') };
  if (granularity === 'CUSTOM') return { granularity, from: query.from, to: query.to };
  return { granularity, period: query.period };
}

/** The query of a report request: {period} or {from, to}. */
export function apiQuery(period) {
  return period.granularity === 'CUSTOM' ? { from: period.from, to: period.to } : { period: period.period };
}

/** A week picker's date (the first day of the week shown, a Sunday or a Monday by language) → its ISO week key. */
export function weekKeyOfPicked(iso) {
  // English calendars start the week on Sunday: that row's Monday is the next day
  return isoWeekKey(at(iso).getDay() === 0 ? addDays(iso, 1) : iso);
}

/** The last day of a month key: 2026-02 → 2026-02-28. */
export function monthEnd(key) {
  const [y, m] = key.split('-').map(Number);
  return isoDay(new Date(y, m, 0));
}
