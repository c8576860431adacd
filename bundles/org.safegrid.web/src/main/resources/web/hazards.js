// #/hazards: 隐患看板, hazards in the user's scope paged on the server, filters in the URL, overdue ones in red, with
// the counts of GET /api/hazards/stats over the same department, village, level and enterprise.
import { onMounted, reactive, watch } from 'vue';
import { request } from './api.js';
import { t } from './i18n.js';
import { route } from './router.js';
import { dateTime } from './enterprise-terms.js';
import { PAGE_SIZES, usePagedList, useUrlFilters } from './list-page.js';
import { departmentName, ensureReference, villageName } from './reference-data.js';
import HazardFilters, { HAZARD_FILTERS, hazardParams } from './hazard-filters.js';
import { hazardStateLabel, hazardStateTag, levelLabel, levelTag, sourceLabel } from './hazard-terms.js';

export default {
  name: 'HazardsPage',
  components: { HazardFilters },
  setup() {
    const { filters, apply } = useUrlFilters('hazards', HAZARD_FILTERS);
    const { list, load: loadList } = usePagedList('/api/hazards', () => hazardParams(filters));
    const stats = reactive({ data: null });
    async function loadStats() {
      try {
        stats.data = await request('/api/hazards/stats', { query: hazardParams(filters, false) });
      } catch {
        stats.data = null; // the board still shows
      }
    }
    const load = () => Promise.all([loadList(), loadStats()]);
    onMounted(() => {
      ensureReference();
      load();
    });
    watch(() => route.query, () => {
      if (route.name === 'hazards') load();
    });
    const rowClass = ({ row }) => (row.overdue ? 'sg-row-overdue' : '');
    return { filters, apply, list, stats, load, rowClass, t, PAGE_SIZES, dateTime, departmentName, villageName,
      hazardStateLabel, hazardStateTag, levelLabel, levelTag, sourceLabel };
  },
  template: `
    <el-card shadow="never" class="sg-section" data-testid="hazards-page">
      <template #header>
        <div class="sg-card-header sg-wrap">
          <div>
            <span class="sg-card-title">{{ t('hazard.boardTitle') }}</span>
            <span class="sg-muted sg-subtitle">{{ t('hazard.boardSubtitle') }}</span>
          </div>
          <el-button icon="Refresh" :loading="list.loading" data-testid="hazards-refresh" @click="load">{{ t('common.refresh') }}</el-button>
        </div>
      </template>
      <div v-if="stats.data" class="sg-stats" data-testid="hazards-stats">
        <div class="sg-stat"><div class="sg-stat-value">{{ stats.data.open }}</div><div class="sg-stat-label">{{ t('hazard.statOpen') }}</div></div>
        <div class="sg-stat" :class="{ 'is-bad': stats.data.overdue }"><div class="sg-stat-value" data-testid="hazards-stat-overdue">{{ stats.data.overdue }}</div>
          <div class="sg-stat-label">{{ t('hazard.statOverdue') }}</div></div>
        <div class="sg-stat" :class="{ 'is-bad': stats.data.openByLevel && stats.data.openByLevel.MAJOR }">
          <div class="sg-stat-value">{{ (stats.data.openByLevel && stats.data.openByLevel.MAJOR) || 0 }}</div>
          <div class="sg-stat-label">{{ t('hazard.statMajor') }}</div></div>
        <div class="sg-stat is-good"><div class="sg-stat-value">{{ (stats.data.byState && stats.data.byState.CLOSED) || 0 }}</div>
          <div class="sg-stat-label">{{ t('hazard.statClosed') }}</div></div>
      </div>
      <HazardFilters :filters="filters" @apply="apply" />
      <el-table :data="list.items" v-loading="list.loading" border row-key="id" :row-class-name="rowClass"
                :empty-text="t('hazard.empty')" data-testid="hazards-table">
        <el-table-column :label="t('hazard.description')" min-width="240">
          <template #default="{ row }">
            <a :href="'#/hazards/' + row.id" class="sg-link" :data-testid="'hazard-link-' + row.id">{{ row.description }}</a>
          </template>
        </el-table-column>
        <el-table-column :label="t('enterprise.name')" min-width="160" show-overflow-tooltip>
          <template #default="{ row }"><a :href="'#/enterprises/' + row.enterpriseId" class="sg-link">{{ row.enterpriseName }}</a></template>
        </el-table-column>
        <el-table-column :label="t('hazard.level')" width="100" align="center">
          <template #default="{ row }"><el-tag :type="levelTag(row.level)" effect="dark" size="small">{{ levelLabel(row.level) }}</el-tag></template>
        </el-table-column>
        <el-table-column :label="t('hazard.state')" width="110" align="center">
          <template #default="{ row }"><el-tag :type="hazardStateTag(row.state)" size="small" :data-testid="'hazard-state-' + row.id">{{ hazardStateLabel(row.state) }}</el-tag></template>
        </el-table-column>
        <el-table-column :label="t('hazard.deadline')" width="130">
          <template #default="{ row }">
            <span :class="{ 'sg-overdue-text': row.overdue }">{{ row.deadline || t('hazard.noDeadline') }}</span>
            <el-tag v-if="row.overdue" type="danger" size="small" effect="dark" class="sg-overdue-tag" :data-testid="'hazard-overdue-' + row.id">{{ t('hazard.overdue') }}</el-tag>
          </template>
        </el-table-column>
        <el-table-column :label="t('hazard.source')" width="100">
          <template #default="{ row }">{{ sourceLabel(row.source) }}</template>
        </el-table-column>
        <el-table-column :label="t('enterprise.department')" width="110">
          <template #default="{ row }">{{ departmentName(row.department) }}</template>
        </el-table-column>
        <el-table-column :label="t('enterprise.village')" width="110">
          <template #default="{ row }">{{ villageName(row.village) }}</template>
        </el-table-column>
        <el-table-column :label="t('hazard.reportedAt')" width="140">
          <template #default="{ row }">{{ dateTime(row.reportedAt) }}</template>
        </el-table-column>
      </el-table>
      <el-pagination class="sg-pagination" background layout="total, sizes, prev, pager, next" :total="list.total"
                     :page-sizes="PAGE_SIZES" :current-page="filters.page" :page-size="filters.size" data-testid="hazards-pagination"
                     @current-change="apply({ page: $event })" @size-change="apply({ size: $event })" />
    </el-card>`,
};
