// Dashboard block: the self-inspections of the department's operating enterprises over the periods that ended in the
// last 7 days (GET /api/checklists/overdue?department=…): owed, done, overdue, and the enterprises furthest behind.
// Reads at most MAX_PAGES pages of 100 enterprises and says so when there are more.
import { computed } from 'vue';
import { request } from './api.js';
import { t } from './i18n.js';
import SgChart from './chart.js';
import DashboardBlock, { useBlock } from './dashboard-block.js';
import { countBarsOption } from './report-charts.js';

const PAGE = 100;
const MAX_PAGES = 3;
const WORST = 5;

/** Sums of the overdue list of a department: {owed, done, overdue, behind, read, total, worst: [rows]}. */
export async function selfInspections(department) {
  const rows = [];
  let total = 0;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const answer = await request('/api/checklists/overdue', { query: { department, page, size: PAGE } });
    rows.push(...(answer?.items ?? []));
    total = answer?.total ?? rows.length;
    if (rows.length >= total || !(answer?.items ?? []).length) break;
  }
  const sum = (key) => rows.reduce((n, r) => n + (Number(r[key]) || 0), 0);
  const worst = rows.filter((r) => r.overdue > 0).sort((a, b) => b.overdue - a.overdue).slice(0, WORST);
  return { owed: sum('owed'), done: sum('done'), overdue: sum('overdue'), behind: rows.filter((r) => r.overdue > 0).length,
    read: rows.length, total, worst };
}

export default {
  name: 'DashboardSelfInspections',
  components: { DashboardBlock, SgChart },
  props: { department: { type: String, required: true }, refresh: { type: Number, default: 0 } },
  setup(props) {
    const state = useBlock(() => selfInspections(props.department), () => [props.department, props.refresh]);
    const option = computed(() => countBarsOption([
      { name: t('dashboard.owed'), value: state.data?.owed ?? 0, color: '#1d5fbf' },
      { name: t('dashboard.done'), value: state.data?.done ?? 0, color: '#2e9e5b' },
      { name: t('dashboard.overdue'), value: state.data?.overdue ?? 0, color: '#d9363e' },
    ]));
    return { state, option, t };
  },
  template: `
    <DashboardBlock :title="t('dashboard.selfInspections')" :state="state" testid="dashboard-self-inspections">
      <template #default="{ data }">
        <div class="sg-muted sg-dash-note">{{ t('dashboard.selfInspectionsSpan') }}</div>
        <div class="sg-stats">
          <div class="sg-stat"><div class="sg-stat-value">{{ data.owed }}</div><div class="sg-stat-label">{{ t('dashboard.owed') }}</div></div>
          <div class="sg-stat is-good"><div class="sg-stat-value">{{ data.done }}</div><div class="sg-stat-label">{{ t('dashboard.done') }}</div></div>
          <div class="sg-stat" :class="{ 'is-bad': data.overdue }"><div class="sg-stat-value" data-testid="dashboard-self-overdue">{{ data.overdue }}</div>
            <div class="sg-stat-label">{{ t('dashboard.overdue') }}</div></div>
          <div class="sg-stat" :class="{ 'is-bad': data.behind }"><div class="sg-stat-value">{{ data.behind }}</div>
            <div class="sg-stat-label">{{ t('dashboard.behind') }}</div></div>
        </div>
        <SgChart :option="option" height="180px" testid="dashboard-chart-self" />
        <div v-if="data.read < data.total" class="sg-muted sg-dash-note">{{ t('dashboard.partial', { read: data.read, total: data.total }) }}</div>
        <div v-for="r in data.worst" :key="r.enterpriseId" class="sg-dash-line">
          <a :href="'#/enterprises/' + r.enterpriseId + '/checklists'" class="sg-link">{{ r.enterpriseName }}</a>
          <el-tag type="danger" size="small">{{ t('dashboard.overdueCount', { n: r.overdue }) }}</el-tag>
        </div>
      </template>
    </DashboardBlock>`,
};
