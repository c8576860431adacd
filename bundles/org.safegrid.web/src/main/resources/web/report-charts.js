// ECharts options of the report pages and the department dashboard: score rankings (bars), the trend (lines: counts
// on the left axis, rates in % on the right), a pie. Plain data in, options out; chart.js draws them.
import { t } from './i18n.js';
import { formatValue } from './report-format.js';

const BLUE = '#1d5fbf';
const RED = '#d9363e';
const GRID = { left: 8, right: 24, top: 24, bottom: 8, containLabel: true };

// the figures the trend shows at first; the legend switches the others on
const TREND_SHOWN = new Set(['inspections', 'hazards-found', 'hazards-rectified', 'hazards-overdue',
  'self-inspection-compliance', 'plate-completeness']);

/**
 * Bars of the units' scores, best at the top; ties keep the server's order. rows: [{unit, name, score, rank}]; the
 * last-ranked bars (when more than one unit is ranked), and those of `lastPlace` units, are red.
 */
export function rankingOption(rows, lastPlace = []) {
  const ranked = [...rows].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity));
  const worst = Math.max(...ranked.map((r) => r.rank ?? 0), 0);
  const flagged = new Set(lastPlace.map((l) => l.unit));
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: GRID,
    xAxis: { type: 'value', min: 0, max: 100 },
    yAxis: { type: 'category', inverse: true, data: ranked.map((r) => r.name || r.unit), axisLabel: { width: 110, overflow: 'truncate' } },
    series: [{
      type: 'bar',
      name: t('reports.score'),
      barMaxWidth: 22,
      label: { show: true, position: 'right', formatter: ({ value }) => (value == null ? '—' : Number(value).toFixed(1)) },
      data: ranked.map((r) => ({
        value: r.score,
        itemStyle: { color: (worst > 1 && r.rank === worst) || flagged.has(r.unit) ? RED : BLUE },
      })),
    }],
  };
}

/** Lines of the figures over the periods (oldest first). figures: the report's figure definitions. */
export function trendOption(trend, figures) {
  const drawn = figures.filter((f) => f.type === 'COUNT' || f.type === 'RATE');
  const rate = (f) => f.type === 'RATE';
  const value = (f, point) => {
    const v = point.values?.[f.code];
    if (v == null) return null;
    return rate(f) ? Math.round(Number(v) * 1000) / 10 : Number(v);
  };
  return {
    tooltip: {
      trigger: 'axis',
      formatter: (items) => {
        const lines = items.map((i) => {
          const f = drawn[i.seriesIndex];
          const v = trend[i.dataIndex]?.values?.[f.code];
          return `${i.marker}${f.label}: ${formatValue(f, v)}`;
        });
        return [items[0]?.axisValueLabel ?? '', ...lines].join('<br/>');
      },
    },
    legend: {
      type: 'scroll',
      top: 0,
      selected: Object.fromEntries(drawn.map((f) => [f.label, TREND_SHOWN.has(f.code)])),
    },
    grid: { ...GRID, top: 48 },
    xAxis: { type: 'category', boundaryGap: false, data: trend.map((p) => p.period) },
    yAxis: [
      { type: 'value', name: t('reports.trendCount'), minInterval: 1 },
      { type: 'value', name: t('reports.trendRate'), min: 0, max: 100, axisLabel: { formatter: '{value}%' },
        splitLine: { show: false } },
    ],
    series: drawn.map((f) => ({
      type: 'line',
      name: f.label,
      yAxisIndex: rate(f) ? 1 : 0,
      smooth: false,
      symbolSize: 6,
      connectNulls: false,
      lineStyle: rate(f) ? { type: 'dashed' } : undefined,
      data: trend.map((p) => value(f, p)),
    })),
  };
}

/** A ring of named counts: [{name, value, color}]; slices of 0 are left out, their names stay in the legend. */
export function pieOption(slices) {
  return {
    tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
    legend: { bottom: 0, data: slices.map((s) => s.name) },
    series: [{
      type: 'pie',
      radius: ['40%', '68%'],
      center: ['50%', '45%'],
      avoidLabelOverlap: true,
      label: { formatter: '{b}\n{c}' },
      data: slices.filter((s) => s.value > 0).map((s) => ({ name: s.name, value: s.value, itemStyle: { color: s.color } })),
    }],
  };
}

/** Bars of a few named counts: [{name, value, color}], for a block of the dashboard. */
export function countBarsOption(bars) {
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: GRID,
    xAxis: { type: 'category', data: bars.map((b) => b.name), axisLabel: { interval: 0 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{
      type: 'bar',
      barMaxWidth: 40,
      label: { show: true, position: 'top' },
      data: bars.map((b) => ({ value: b.value, itemStyle: { color: b.color ?? BLUE } })),
    }],
  };
}
