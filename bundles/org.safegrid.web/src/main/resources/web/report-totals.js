// The totals of a report as cards, one per figure, coloured when the value counts against the unit.
import { formatValue, valueTone } from './report-format.js';

export default {
  name: 'ReportTotals',
  props: {
    figures: { type: Array, required: true },
    totals: { type: Object, default: () => ({}) },
  },
  setup(props) {
    const tone = (f) => {
      const v = valueTone(f, props.totals?.[f.code]);
      return v ? `is-${v}` : '';
    };
    const text = (f) => formatValue(f, props.totals?.[f.code]);
    return { tone, text };
  },
  template: `
    <div class="sg-stats sg-report-totals" data-testid="report-totals">
      <div v-for="f in figures" :key="f.code" class="sg-stat" :class="tone(f)" :data-testid="'report-total-' + f.code">
        <div class="sg-stat-value">{{ text(f) }}</div>
        <div class="sg-stat-label">{{ f.label }}</div>
      </div>
    </div>`,
};
