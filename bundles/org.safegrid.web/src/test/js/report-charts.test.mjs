// Unit tests of report-format.js and report-charts.js in both languages: values by figure type, tones, and the
// ECharts options built from a report (ranking order and colours, trend axes, pie slices).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { locale } from '../../main/resources/web/i18n.js';
import { formatScore, formatSectionValue, formatValue, valueTone } from '../../main/resources/web/report-format.js';
import { countBarsOption, pieOption, rankingOption, trendOption } from '../../main/resources/web/report-charts.js';

const COUNT = { code: 'inspections', label: '检查次数', type: 'COUNT', better: 'HIGHER' };
const RATE = { code: 'self-inspection-compliance', label: '自查合规率', type: 'RATE', better: 'HIGHER' };
const AMOUNT = { code: 'fines', label: '罚款', type: 'AMOUNT', better: 'NEITHER' };
const FLAG = { code: 'zero-enforcement', label: '执法清零', type: 'FLAG', better: 'LOWER' };
const OVERDUE = { code: 'hazards-overdue', label: '逾期隐患', type: 'COUNT', better: 'LOWER' };
const FOUND = { code: 'hazards-found', label: '发现隐患', type: 'COUNT', better: 'NEITHER' };

test('values read by their figure type, in Chinese and in English', () => {
  locale.value = 'zh-CN';
  assert.equal(formatValue(COUNT, 12345), '12,345');
  assert.equal(formatValue(RATE, 0.83333), '83.3%');
  assert.equal(formatValue(RATE, null), '—'); // a rate over nothing owed
  assert.equal(formatValue(AMOUNT, 123450), '¥1,234.50'); // fen to yuan
  assert.equal(formatValue(FLAG, 1), '是');
  assert.equal(formatValue(FLAG, 0), '否');
  locale.value = 'en';
  assert.equal(formatValue(FLAG, 1), 'Yes');
  assert.equal(formatValue(RATE, 1), '100.0%');
  assert.equal(formatScore(87.46), '87.5');
  assert.equal(formatScore(null), '—');
  locale.value = 'zh-CN';
});

test('section values carry their unit', () => {
  assert.equal(formatSectionValue({ value: 30, unit: '天' }), '30 天');
  assert.equal(formatSectionValue({ value: 'B级' }), 'B级');
  assert.equal(formatSectionValue({ value: null, unit: '天' }), '—');
});

test('tones: a raised flag, overdue hazards and a low rate are bad; a full rate is good; plain counts are neither', () => {
  assert.equal(valueTone(FLAG, 1), 'bad');
  assert.equal(valueTone(FLAG, 0), '');
  assert.equal(valueTone(OVERDUE, 2), 'bad');
  assert.equal(valueTone(OVERDUE, 0), '');
  assert.equal(valueTone(FOUND, 9), '');
  assert.equal(valueTone(RATE, 0.5), 'bad');
  assert.equal(valueTone(RATE, 1), 'good');
  assert.equal(valueTone(RATE, 0.8), '');
  assert.equal(valueTone(RATE, null), '');
});

test('the ranking puts rank 1 first and colours the last and the last-place units red', () => {
  const rows = [
    { unit: 'planning', name: '规建办', score: 65, rank: 2 },
    { unit: 'emergency', name: '应急办', score: 90, rank: 1 },
    { unit: 'economic', name: '经发办', score: 40, rank: 3 },
    { unit: 'culture', name: '文服中心', score: 40, rank: 3 }, // a tie for last
  ];
  const option = rankingOption(rows, []);
  assert.deepEqual(option.yAxis.data, ['应急办', '规建办', '经发办', '文服中心']);
  assert.deepEqual(option.series[0].data.map((d) => d.value), [90, 65, 40, 40]);
  const colours = option.series[0].data.map((d) => d.itemStyle.color);
  assert.equal(colours[0], colours[1]);
  assert.notEqual(colours[0], colours[2]);
  assert.equal(colours[2], colours[3]);
  const flagged = rankingOption(rows, [{ kind: 'DEPARTMENT', unit: 'planning', consecutive: 2 }]);
  assert.equal(flagged.series[0].data[1].itemStyle.color, colours[2], 'a last-place unit is red too');
  // one unit alone is not "last"
  const alone = rankingOption([rows[1]], []);
  assert.equal(alone.series[0].data[0].itemStyle.color, colours[0]);
});

test('the trend draws counts on the left axis and rates in % on the right, oldest period first', () => {
  const trend = [
    { period: '2026-10', values: { inspections: 3, 'self-inspection-compliance': 0.5, fines: 100 } },
    { period: '2026-11', values: { inspections: 5, 'self-inspection-compliance': null } },
  ];
  const option = trendOption(trend, [COUNT, RATE, AMOUNT, FLAG]);
  assert.deepEqual(option.xAxis.data, ['2026-10', '2026-11']);
  assert.deepEqual(option.series.map((s) => s.name), ['检查次数', '自查合规率'], 'amounts and flags are not drawn');
  assert.deepEqual(option.series[0].data, [3, 5]);
  assert.equal(option.series[0].yAxisIndex, 0);
  assert.deepEqual(option.series[1].data, [50, null]);
  assert.equal(option.series[1].yAxisIndex, 1);
  assert.equal(option.legend.selected['检查次数'], true);
});

test('a pie leaves out empty slices but keeps their names in the legend; count bars keep zeros', () => {
  const option = pieOption([{ name: '红', value: 2, color: 'red' }, { name: '蓝', value: 0, color: 'blue' }]);
  assert.deepEqual(option.legend.data, ['红', '蓝']);
  assert.deepEqual(option.series[0].data.map((d) => d.name), ['红']);
  const bars = countBarsOption([{ name: '应完成', value: 0 }, { name: '逾期', value: 3 }]);
  assert.deepEqual(bars.series[0].data.map((d) => d.value), [0, 3]);
});
