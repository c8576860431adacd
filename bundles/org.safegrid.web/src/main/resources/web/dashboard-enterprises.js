// Dashboard block: the department's enterprises (first or second regulator), how many, and by risk level as a ring
// (GET /api/enterprises?department=…&risk=…&size=1, whose totals are the counts).
import { computed } from 'vue';
import { request } from './api.js';
import { t } from './i18n.js';
import SgChart from './chart.js';
import DashboardBlock, { useBlock } from './dashboard-block.js';
import { pieOption } from './report-charts.js';
import { RISK_LEVELS, riskLabel } from './enterprise-terms.js';

const RISK_COLORS = { RED: '#d4151b', ORANGE: '#f07c0f', YELLOW: '#f6cb12', BLUE: '#1769d6' };

async function count(department, filters = {}) {
  const page = await request('/api/enterprises', { query: { department, size: 1, ...filters } });
  return page?.total ?? 0;
}

/** {total, operating, byRisk: {RED: n, …}} of a department. */
export async function enterpriseCounts(department) {
  const [total, operating, ...risks] = await Promise.all([
    count(department),
    count(department, { status: 'OPERATING' }),
    ...RISK_LEVELS.map((risk) => count(department, { risk })),
  ]);
  return { total, operating, byRisk: Object.fromEntries(RISK_LEVELS.map((r, i) => [r, risks[i]])) };
}

export default {
  name: 'DashboardEnterprises',
  components: { DashboardBlock, SgChart },
  props: { department: { type: String, required: true }, refresh: { type: Number, default: 0 } },
  setup(props) {
    const state = useBlock(() => enterpriseCounts(props.department), () => [props.department, props.refresh]);
    const option = computed(() => pieOption(RISK_LEVELS.map((r) => ({ name: riskLabel(r), value: state.data?.byRisk?.[r] ?? 0,
      color: RISK_COLORS[r] }))));
    const more = computed(() => `#/enterprises?department=${encodeURIComponent(props.department)}`);
    return { state, option, more, RISK_LEVELS, riskLabel, t };
  },
  template: `
    <DashboardBlock :title="t('dashboard.enterprises')" :state="state" testid="dashboard-enterprises" :more="more">
      <template #default="{ data }">
        <div class="sg-stats">
          <div class="sg-stat"><div class="sg-stat-value" data-testid="dashboard-enterprises-total">{{ data.total }}</div>
            <div class="sg-stat-label">{{ t('dashboard.enterpriseTotal') }}</div></div>
          <div class="sg-stat"><div class="sg-stat-value">{{ data.operating }}</div>
            <div class="sg-stat-label">{{ t('dashboard.enterpriseOperating') }}</div></div>
          <div class="sg-stat" :class="{ 'is-bad': data.byRisk.RED }"><div class="sg-stat-value">{{ data.byRisk.RED }}</div>
            <div class="sg-stat-label">{{ t('dashboard.redRisk') }}</div></div>
        </div>
        <div class="sg-report-chart-title">{{ t('dashboard.byRisk') }}</div>
        <SgChart :option="option" height="240px" testid="dashboard-chart-risk" />
      </template>
    </DashboardBlock>`,
};
