// Page "dashboard" (#/m/citymgmt/dashboard): the shared department dashboard with the brigade's widget in its slot:
// billboards overdue for their structural check and restaurants whose gas alarm failed.
import { h, ref, onMounted } from 'vue';
import DepartmentDashboard from '/ui/dept-dashboard.js';
import { useModule, MODULE } from './util.js';

const CityWidget = {
  name: 'CityMgmtWidget',
  setup() {
    const { sg, t, fail } = useModule();
    const status = ref(null);
    onMounted(async () => {
      try {
        status.value = await sg.api('status');
      } catch (e) {
        fail(e);
      }
    });
    return { t, status };
  },
  template: `
<el-card shadow="never" data-testid="citymgmt-widget">
  <div v-if="status">
    <el-row :gutter="16">
      <el-col :span="8"><el-statistic :title="t('dashboard.billboards')" :value="status.billboards" /></el-col>
      <el-col :span="8">
        <el-statistic :title="t('dashboard.overdue')" :value="status.checksOverdue"
            :value-style="status.checksOverdue ? { color: 'var(--el-color-danger)' } : {}" />
      </el-col>
      <el-col :span="8" style="color: var(--el-text-color-secondary); font-size: 13px">
        {{ t('dashboard.interval', { days: status.checkIntervalDays }) }}
        <div><el-link type="primary" href="#/m/citymgmt/billboards">{{ t('dashboard.open') }}</el-link></div>
      </el-col>
    </el-row>
    <el-divider />
    <div style="display: flex; align-items: baseline; gap: 8px">
      <strong>{{ t('dashboard.gas', { days: status.windowDays }) }}</strong>
      <span style="color: var(--el-text-color-secondary); font-size: 12px">
        {{ t('dashboard.gasHint', { days: status.windowDays, threshold: status.threshold }) }}</span>
    </div>
    <el-table v-if="status.gasAlarmFailures.length" :data="status.gasAlarmFailures" size="small"
        style="margin-top: 8px" data-testid="citymgmt-gas-table">
      <el-table-column :label="t('dashboard.restaurant')">
        <template #default="{ row }">
          <el-link :href="'#/enterprises/' + row.enterpriseId">{{ row.enterpriseName || row.enterpriseId }}</el-link>
        </template>
      </el-table-column>
      <el-table-column prop="village" :label="t('dashboard.village')" width="120" />
      <el-table-column :label="t('dashboard.failures')" width="110">
        <template #default="{ row }">
          <el-tag :type="row.failures >= status.threshold ? 'danger' : 'warning'" size="small" disable-transitions>
            {{ row.failures }}</el-tag>
        </template>
      </el-table-column>
      <el-table-column prop="lastFailedOn" :label="t('dashboard.last')" width="120" />
    </el-table>
    <el-empty v-else :description="t('dashboard.noGas')" :image-size="60" />
  </div>
</el-card>`,
};

export default {
  name: 'CityMgmtDashboardPage',
  setup() {
    return () => h(DepartmentDashboard, { department: MODULE }, { default: () => h(CityWidget) });
  },
};
