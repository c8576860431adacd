// Page "dashboard" (#/m/emergency/dashboard): the shared department dashboard (/ui/dept-dashboard.js) with the
// emergency office's own widget in its slot: who is on duty now and the duty log of the last seven days.
import { h, ref, onMounted, defineAsyncComponent } from 'vue';
import { useModule, isoDate, addDays, showTime } from './util.js';

const DutyWidget = {
  name: 'EmergencyDutyWidget',
  setup() {
    const { t, sg, fail } = useModule();
    const now = ref(null);
    const incidents = ref(0);
    const entries = ref(0);
    const loading = ref(true);

    onMounted(async () => {
      try {
        const today = isoDate(new Date());
        const from = addDays(today, -6);
        const [current, all, inc] = await Promise.all([
          sg.api('roster/current'),
          sg.api('log', { query: { from, to: today, size: 1 } }),
          sg.api('log', { query: { from, to: today, size: 1, category: 'INCIDENT' } }),
        ]);
        now.value = current;
        entries.value = all.total;
        incidents.value = inc.total;
      } catch (e) {
        fail(e);
      } finally {
        loading.value = false;
      }
    });
    return { t, now, incidents, entries, loading, showTime };
  },
  template: `
    <el-card shadow="never" v-loading="loading" data-test="emergency-duty-widget">
      <template #header>{{ t('dashboard.duty') }}</template>
      <div v-if="now && now.shifts.length">
        <div v-for="s in now.shifts" :key="s.id" style="margin-bottom:6px" data-test="emergency-duty-widget-shift">
          <el-tag size="small">{{ t('kind.' + s.kind) }}</el-tag>
          {{ t('roster.leader') }}：{{ s.leader }}（{{ s.leaderPhone }}）
          {{ t('roster.officer') }}：{{ s.officer }}（{{ s.officerPhone }}）
        </div>
      </div>
      <el-alert v-else-if="now" type="warning" :closable="false" :title="t('roster.nobodyOnDuty')" />
      <el-row :gutter="16" style="margin-top:12px">
        <el-col :span="12"><el-statistic :title="t('dashboard.entries7')" :value="entries" /></el-col>
        <el-col :span="12"><el-statistic :title="t('dashboard.incidents7')" :value="incidents" /></el-col>
      </el-row>
      <div style="margin-top:12px">
        <a href="#/m/emergency/roster">{{ t('roster.title') }}</a> ·
        <a href="#/m/emergency/duty-log">{{ t('log.title') }}</a>
      </div>
    </el-card>`,
};

// Loaded on demand: should the shell's dashboard fail to load, only this page fails, not the module's other pages.
const DepartmentDashboard = defineAsyncComponent(() => import('/ui/dept-dashboard.js'));

export default {
  name: 'EmergencyDashboardPage',
  setup() {
    return () => h(DepartmentDashboard, { department: 'emergency' }, { default: () => h(DutyWidget) });
  },
};
