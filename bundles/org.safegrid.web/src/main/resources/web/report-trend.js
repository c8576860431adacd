// The trend of a report: its figures over the earlier periods and this one, as lines (oldest first).
import { computed } from 'vue';
import { t } from './i18n.js';
import SgChart from './chart.js';
import { trendOption } from './report-charts.js';

export default {
  name: 'ReportTrend',
  components: { SgChart },
  props: {
    trend: { type: Array, default: () => [] },
    figures: { type: Array, required: true },
    height: { type: String, default: '320px' },
    testid: { type: String, default: 'report-chart-trend' },
  },
  setup(props) {
    const option = computed(() => trendOption(props.trend, props.figures));
    return { option, t };
  },
  template: `
    <div class="sg-report-trend">
      <el-empty v-if="!trend.length" :description="t('reports.trendNone')" :image-size="60" />
      <SgChart v-else :option="option" :height="height" :testid="testid" />
    </div>`,
};
