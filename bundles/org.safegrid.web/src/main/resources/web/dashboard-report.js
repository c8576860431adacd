// Dashboard block: the department's report figures for the current month and their trend
// (GET /api/reports/departments/{id}?period=YYYY-MM); the department report page has the rest and the exports.
import { computed } from 'vue';
import { request } from './api.js';
import { t } from './i18n.js';
import DashboardBlock, { useBlock } from './dashboard-block.js';
import ReportTotals from './report-totals.js';
import ReportTrend from './report-trend.js';
import { currentMonth } from './report-periods.js';

export default {
  name: 'DashboardReport',
  components: { DashboardBlock, ReportTotals, ReportTrend },
  props: { department: { type: String, required: true }, refresh: { type: Number, default: 0 } },
  setup(props) {
    const month = computed(() => currentMonth());
    const state = useBlock(
      () => request(`/api/reports/departments/${encodeURIComponent(props.department)}`, { query: { period: month.value } }),
      () => [props.department, props.refresh],
    );
    const more = computed(() => `#/reports/dept/${encodeURIComponent(props.department)}?period=${month.value}`);
    return { state, month, more, t };
  },
  template: `
    <DashboardBlock :title="t('dashboard.report', { period: month })" :state="state" testid="dashboard-report" :more="more">
      <template #default="{ data }">
        <ReportTotals :figures="data.figures || []" :totals="data.totals || {}" />
        <div class="sg-report-chart-title">{{ t('reports.trendTitle') }}</div>
        <ReportTrend :trend="data.trend || []" :figures="data.figures || []" height="280px" testid="dashboard-chart-trend" />
      </template>
    </DashboardBlock>`,
};
