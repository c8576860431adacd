// Unit tests of report-periods.js: ISO weeks across year ends, period keys from the URL, the week picker's dates.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addDays } from '../../main/resources/web/dates.js';
import {
  apiQuery, defaultPeriod, granularityOf, isoWeekKey, monthEnd, periodOf, weekKeyOfPicked, weekMonday,
} from '../../main/resources/web/report-periods.js';

test('ISO week keys, including weeks that straddle a year end', () => {
  assert.equal(isoWeekKey('2026-11-28'), '2026-W48'); // Saturday
  assert.equal(isoWeekKey('2026-11-23'), '2026-W48'); // Monday
  assert.equal(isoWeekKey('2026-11-29'), '2026-W48'); // Sunday ends the ISO week
  assert.equal(isoWeekKey('2026-11-22'), '2026-W47');
  assert.equal(isoWeekKey('2026-01-01'), '2026-W01'); // a Thursday: week 1 of its own year
  assert.equal(isoWeekKey('2027-01-01'), '2026-W53'); // a Friday: the last week of 2026
  assert.equal(isoWeekKey('2024-12-30'), '2025-W01'); // a Monday: week 1 of the next year
  assert.equal(isoWeekKey('2021-01-03'), '2020-W53');
});

test('the Monday of a week key', () => {
  assert.equal(weekMonday('2026-W48'), '2026-11-23');
  assert.equal(weekMonday('2026-W53'), '2026-12-28');
  assert.equal(weekMonday('2025-W01'), '2024-12-30');
  assert.equal(weekMonday('2026-W01'), '2025-12-29');
});

test('every day of 2020-2030 lies in the week its key names', () => {
  for (let day = '2020-01-01'; day < '2031-01-01'; day = addDays(day, 1)) {
    const monday = weekMonday(isoWeekKey(day));
    assert.ok(monday <= day && day <= addDays(monday, 6), `${day} → ${isoWeekKey(day)} starts ${monday}`);
    assert.equal(new Date(`${monday}T12:00`).getDay(), 1, `${monday} is a Monday`);
  }
});

test('the week picker gives the first day of the row: Sunday in English, Monday in Chinese', () => {
  assert.equal(weekKeyOfPicked('2026-11-22'), '2026-W48'); // Sunday of an English row: its Monday is the 23rd
  assert.equal(weekKeyOfPicked('2026-11-23'), '2026-W48');
  assert.equal(weekKeyOfPicked('2026-12-27'), '2026-W53');
});

test('the granularity of a URL query', () => {
  assert.equal(granularityOf({ period: '2026-11' }), 'MONTH');
  assert.equal(granularityOf({ period: '2026-W48' }), 'WEEK');
  assert.equal(granularityOf({ period: '2026-11-28' }), 'DAY');
  assert.equal(granularityOf({ from: '2026-11-01', to: '2026-11-15' }), 'CUSTOM');
  assert.equal(granularityOf({ period: '2026-13' }), null);
  assert.equal(granularityOf({ period: '2026-W54' }), null);
  assert.equal(granularityOf({ period: '2026-W00' }), null);
  assert.equal(granularityOf({ period: 'last month' }), null);
  assert.equal(granularityOf({ from: '2026-11-01' }), null);
  assert.equal(granularityOf({}), null);
});

test('a bad or missing period opens the current month; a good one is kept', () => {
  const month = defaultPeriod('MONTH').period;
  assert.match(month, /^\d{4}-\d{2}$/);
  assert.deepEqual(periodOf({ period: 'nonsense' }), { granularity: 'MONTH', period: month });
  assert.deepEqual(periodOf({}), { granularity: 'MONTH', period: month });
  assert.deepEqual(periodOf({ period: '2026-W48' }), { granularity: 'WEEK', period: '2026-W48' });
  // the server judges a range that ends before it starts (400), so the page sends it as it is
  assert.deepEqual(periodOf({ from: '2026-11-15', to: '2026-11-01' }), { granularity: 'CUSTOM', from: '2026-11-15', to: '2026-11-01' });
});

test('the query of a report request', () => {
  assert.deepEqual(apiQuery({ granularity: 'MONTH', period: '2026-11' }), { period: '2026-11' });
  assert.deepEqual(apiQuery({ granularity: 'CUSTOM', from: '2026-11-01', to: '2026-11-15' }), { from: '2026-11-01', to: '2026-11-15' });
});

test('defaults of each granularity end today', () => {
  const day = defaultPeriod('DAY').period;
  assert.match(day, /^\d{4}-\d{2}-\d{2}$/);
  assert.equal(defaultPeriod('WEEK').period, isoWeekKey(day));
  assert.deepEqual(defaultPeriod('CUSTOM'), { from: `${day.slice(0, 7)}-01`, to: day });
});

test('the last day of a month', () => {
  assert.equal(monthEnd('2026-02'), '2026-02-28');
  assert.equal(monthEnd('2024-02'), '2024-02-29');
  assert.equal(monthEnd('2026-12'), '2026-12-31');
});
