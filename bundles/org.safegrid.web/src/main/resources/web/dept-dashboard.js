// /ui/dept-dashboard.js: the DepartmentDashboard component every department's UI module shows on its `dashboard`
// route (shared contracts, "Web UI"): the department's enterprises by risk level, the self-inspections owed and
// overdue, open and overdue hazards, the latest alerts, and this month's report figures with their trend. Each block
// reads its own API and shows a short message when that API fails. The default slot holds the department's own
// widgets, below the shared blocks:
//
//   import DepartmentDashboard from '/ui/dept-dashboard.js';
//   export default { setup() { return () => h(DepartmentDashboard, { department: 'planning' }, { default: () => h(MyWidget) }); } };
import { computed, onMounted, ref } from 'vue';
import { t } from './i18n.js';
import { ensureReference } from './reference-data.js';
import { deptName } from './reports-routes.js';
import DashboardEnterprises from './dashboard-enterprises.js';
import DashboardSelfInspections from './dashboard-self-inspections.js';
import DashboardHazards from './dashboard-hazards.js';
import DashboardAlerts from './dashboard-alerts.js';
import DashboardReport from './dashboard-report.js';

export default {
  name: 'DepartmentDashboard',
  components: { DashboardEnterprises, DashboardSelfInspections, DashboardHazards, DashboardAlerts, DashboardReport },
  props: {
    department: { type: String, required: true },
  },
  setup(props, { slots }) {
    onMounted(ensureReference);
    const refresh = ref(0);
    const name = computed(() => deptName(props.department));
    const hasOwn = computed(() => Boolean(slots.default));
    return { refresh, name, hasOwn, t };
  },
  template: `
    <div class="sg-dept-dashboard" :data-testid="'dept-dashboard-' + department">
      <div class="sg-card-header sg-wrap sg-dash-head">
        <div>
          <span class="sg-card-title" data-testid="dept-dashboard-title">{{ t('dashboard.title', { name }) }}</span>
          <span class="sg-muted sg-subtitle">{{ t('dashboard.subtitle') }}</span>
        </div>
        <div class="sg-toolbar">
          <el-button icon="DataAnalysis" tag="a" :href="'#/reports/dept/' + encodeURIComponent(department)"
                     data-testid="dept-dashboard-report-link">{{ t('dashboard.openReport') }}</el-button>
          <el-button icon="Refresh" data-testid="dept-dashboard-refresh" @click="refresh++">{{ t('common.refresh') }}</el-button>
        </div>
      </div>
      <el-row :gutter="16">
        <el-col :xs="24" :md="12" :xl="8"><DashboardEnterprises :department="department" :refresh="refresh" /></el-col>
        <el-col :xs="24" :md="12" :xl="8"><DashboardSelfInspections :department="department" :refresh="refresh" /></el-col>
        <el-col :xs="24" :md="12" :xl="8"><DashboardHazards :department="department" :refresh="refresh" /></el-col>
        <el-col :xs="24" :md="12" :xl="8"><DashboardAlerts :department="department" :refresh="refresh" /></el-col>
        <el-col :xs="24" :xl="16"><DashboardReport :department="department" :refresh="refresh" /></el-col>
      </el-row>
      <div v-if="hasOwn" class="sg-dash-own" data-testid="dept-dashboard-own"><slot /></div>
    </div>`,
};
