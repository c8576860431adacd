// Page "dashboard" (#/m/agriculture/dashboard): the shared department dashboard with the flood-season widget in its
// slot.
import { h, ref, onMounted } from 'vue';
import DepartmentDashboard from '/ui/dept-dashboard.js';
import { useModule, MODULE } from './util.js';

const FloodWidget = {
  name: 'AgricultureFloodWidget',
  setup() {
    const { sg, t, fail } = useModule();
    const status = ref(null);
    onMounted(async () => {
      try {
        status.value = await sg.api('reservoirs/status');
      } catch (e) {
        fail(e);
      }
    });
    return { t, status };
  },
  template: `
<el-card shadow="never" data-testid="agriculture-flood-widget">
  <template #header>
    <div style="display: flex; align-items: center; gap: 8px">
      <strong style="margin-right: auto">{{ t('dashboard.flood') }}</strong>
      <el-tag v-if="status" :type="status.floodSeason ? 'warning' : 'info'" disable-transitions>
        {{ t(status.floodSeason ? 'dashboard.inSeason' : 'dashboard.offSeason', { season: status.season }) }}</el-tag>
    </div>
  </template>
  <div v-if="status">
    <el-row :gutter="16">
      <el-col :span="8"><el-statistic :title="t('dashboard.reservoirs')" :value="status.reservoirs" /></el-col>
      <el-col :span="8">
        <el-statistic :title="t('dashboard.overdue')" :value="status.overdue"
            :value-style="status.overdue ? { color: 'var(--el-color-danger)' } : {}" />
      </el-col>
      <el-col :span="8" style="color: var(--el-text-color-secondary); font-size: 13px">
        {{ t('dashboard.interval', { days: status.intervalDays }) }}</el-col>
    </el-row>
    <el-table v-if="status.overdueReservoirs.length" :data="status.overdueReservoirs" size="small"
        style="margin-top: 12px" data-testid="agriculture-overdue-table">
      <el-table-column prop="code" :label="t('reservoir.code')" width="110" />
      <el-table-column prop="name" :label="t('reservoir.name')" />
      <el-table-column prop="village" :label="t('reservoir.village')" width="120" />
      <el-table-column :label="t('reservoir.lastInspectedOn')" width="120">
        <template #default="{ row }">{{ row.lastInspectedOn || t('common.none') }}</template>
      </el-table-column>
      <el-table-column prop="dueOn" :label="t('reservoir.dueOn')" width="120" />
    </el-table>
    <el-empty v-else-if="status.floodSeason" :description="t('dashboard.allGood')" :image-size="60" />
    <div style="margin-top: 8px; text-align: right">
      <el-link type="primary" href="#/m/agriculture/reservoirs">{{ t('dashboard.open') }}</el-link>
    </div>
  </div>
</el-card>`,
};

export default {
  name: 'AgricultureDashboardPage',
  setup() {
    return () => h(DepartmentDashboard, { department: MODULE }, { default: () => h(FloodWidget) });
  },
};
