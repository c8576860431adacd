// The office's own dashboard widget: above-scale enterprises and their chief-engineer teams (measure 10).
import { computed, onMounted, reactive, ref } from 'vue';
import { useModule } from './util.js';
import TeamDialog from './team-dialog.js';

export default {
  name: 'EconomicCoverageCard',
  components: { TeamDialog },
  setup() {
    const { sg, t, fail } = useModule();
    const coverage = ref({ aboveScale: 0, withTeam: 0, items: [] });
    const loading = ref(false);
    const dialog = reactive({ open: false, enterpriseId: null });
    const canEdit = computed(() => sg.can('economic:edit'));
    const percent = computed(() => (coverage.value.aboveScale
      ? Math.round((coverage.value.withTeam * 1000) / coverage.value.aboveScale) / 10 : 0));
    const missing = computed(() => coverage.value.items.filter((r) => r.teamId == null));

    async function load() {
      loading.value = true;
      try {
        coverage.value = await sg.api('above-scale');
      } catch (e) {
        fail(e);
      } finally {
        loading.value = false;
      }
    }

    function add(row) {
      dialog.enterpriseId = row.enterpriseId;
      dialog.open = true;
    }

    onMounted(load);
    return { t, coverage, loading, dialog, canEdit, percent, missing, add, load };
  },
  template: `
<el-card shadow="never" v-loading="loading" data-testid="economic-coverage">
  <template #header><strong>{{ t('coverage.title') }}</strong></template>
  <div style="display: flex; gap: 32px; align-items: center; flex-wrap: wrap">
    <el-progress type="dashboard" :percentage="percent" :status="percent === 100 ? 'success' : 'warning'" />
    <el-statistic :title="t('coverage.aboveScale')" :value="coverage.aboveScale" />
    <el-statistic :title="t('coverage.withTeam')" :value="coverage.withTeam" />
    <el-statistic :title="t('coverage.missing')" :value="missing.length" />
  </div>
  <el-table v-if="missing.length" :data="missing" size="small" style="margin-top: 12px" row-key="enterpriseId"
      data-testid="economic-coverage-missing">
    <el-table-column prop="name" :label="t('team.enterprise')" min-width="200" />
    <el-table-column prop="village" :label="t('team.village')" width="120" />
    <el-table-column prop="riskLevel" :label="t('coverage.risk')" width="90" />
    <el-table-column v-if="canEdit" :label="t('common.actions')" width="120">
      <template #default="{ row }">
        <el-button link type="primary" @click="add(row)">{{ t('coverage.addTeam') }}</el-button>
      </template>
    </el-table-column>
  </el-table>
  <el-empty v-else-if="coverage.aboveScale" :description="t('coverage.allCovered')" :image-size="60" />
  <team-dialog v-model="dialog.open" :team="null" :enterprise-id="dialog.enterpriseId" @saved="load" />
</el-card>`,
};
