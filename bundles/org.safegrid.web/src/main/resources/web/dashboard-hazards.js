// Dashboard block: the department's hazards (GET /api/hazards/stats?department=…): open, overdue, open major ones, a
// bar per state, and the overdue ones with the earliest deadline first (GET /api/hazards?overdue=true).
import { computed } from 'vue';
import { request } from './api.js';
import { t } from './i18n.js';
import SgChart from './chart.js';
import DashboardBlock, { useBlock } from './dashboard-block.js';
import { countBarsOption } from './report-charts.js';
import { HAZARD_STATES, hazardStateLabel, levelLabel, levelTag } from './hazard-terms.js';

const STATE_COLORS = { REPORTED: '#d9363e', RECTIFYING: '#e6a23c', AWAITING_VERIFICATION: '#1d5fbf', CLOSED: '#2e9e5b' };

async function hazards(department) {
  const [stats, overdue] = await Promise.all([
    request('/api/hazards/stats', { query: { department } }),
    request('/api/hazards', { query: { department, overdue: 'true', sort: 'deadline', size: 5 } }),
  ]);
  return { stats: stats ?? {}, overdue: overdue?.items ?? [] };
}

export default {
  name: 'DashboardHazards',
  components: { DashboardBlock, SgChart },
  props: { department: { type: String, required: true }, refresh: { type: Number, default: 0 } },
  setup(props) {
    const state = useBlock(() => hazards(props.department), () => [props.department, props.refresh]);
    const option = computed(() => countBarsOption(HAZARD_STATES.map((s) => ({ name: hazardStateLabel(s),
      value: state.data?.stats?.byState?.[s] ?? 0, color: STATE_COLORS[s] }))));
    const more = computed(() => `#/hazards?department=${encodeURIComponent(props.department)}`);
    const major = (stats) => stats?.openByLevel?.MAJOR ?? 0;
    return { state, option, more, major, levelLabel, levelTag, t };
  },
  template: `
    <DashboardBlock :title="t('dashboard.hazards')" :state="state" testid="dashboard-hazards" :more="more">
      <template #default="{ data }">
        <div class="sg-stats">
          <div class="sg-stat"><div class="sg-stat-value" data-testid="dashboard-hazards-open">{{ data.stats.open ?? 0 }}</div>
            <div class="sg-stat-label">{{ t('hazard.statOpen') }}</div></div>
          <div class="sg-stat" :class="{ 'is-bad': data.stats.overdue }"><div class="sg-stat-value">{{ data.stats.overdue ?? 0 }}</div>
            <div class="sg-stat-label">{{ t('hazard.statOverdue') }}</div></div>
          <div class="sg-stat" :class="{ 'is-bad': major(data.stats) }"><div class="sg-stat-value">{{ major(data.stats) }}</div>
            <div class="sg-stat-label">{{ t('hazard.statMajor') }}</div></div>
        </div>
        <SgChart :option="option" height="180px" testid="dashboard-chart-hazards" />
        <div v-for="h in data.overdue" :key="h.id" class="sg-dash-line">
          <el-tag :type="levelTag(h.level)" size="small">{{ levelLabel(h.level) }}</el-tag>
          <a :href="'#/hazards/' + h.id" class="sg-link sg-dash-text">{{ h.enterpriseName }} · {{ h.description }}</a>
          <span class="sg-muted">{{ h.deadline }}</span>
        </div>
      </template>
    </DashboardBlock>`,
};
