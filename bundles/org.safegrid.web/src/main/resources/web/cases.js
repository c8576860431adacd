// #/enforcement/cases: 执法案件, the enforcement cases in the user's scope, latest order first, paged on the server
// with the filters in the URL; 从重 cases and running daily penalties stand out.
import { computed, onMounted, watch } from 'vue';
import { t } from './i18n.js';
import { route } from './router.js';
import { localName } from './enterprise-terms.js';
import { PAGE_SIZES, usePagedList, useUrlFilters } from './list-page.js';
import { departmentName, ensureReference, reference } from './reference-data.js';
import { CASE_STATES, caseStateLabel, caseStateTag, money } from './enforcement-terms.js';

const FILTERS = { enterpriseId: '', department: '', village: '', state: '', open: '', aggravated: false,
  violationKind: '', from: '', to: '', page: 1, size: 20 };

export default {
  name: 'CasesPage',
  setup() {
    const { filters, apply } = useUrlFilters('cases', FILTERS);
    const params = () => ({ enterpriseId: filters.enterpriseId, department: filters.department, village: filters.village,
      state: filters.state, open: filters.open, aggravated: filters.aggravated ? 'true' : undefined,
      violationKind: filters.violationKind?.trim(), from: filters.from, to: filters.to, page: filters.page - 1, size: filters.size });
    const { list, load } = usePagedList('/api/enforcement/cases', params);
    onMounted(() => {
      ensureReference();
      load();
    });
    watch(() => route.query, () => {
      if (route.name === 'cases') load();
    });
    const span = computed(() => (filters.from || filters.to ? [filters.from, filters.to] : null));
    const setSpan = (v) => apply({ from: v?.[0] ?? '', to: v?.[1] ?? '' });
    const set = (key, value) => apply({ [key]: value ?? '' });
    const rowClass = ({ row }) => (row.overdue || (row.dailyPenalty && !row.closed) ? 'sg-row-overdue' : '');
    return { filters, apply, list, load, span, setSpan, set, rowClass, reference, t, PAGE_SIZES, CASE_STATES,
      caseStateLabel, caseStateTag, money, localName, departmentName };
  },
  template: `
    <el-card shadow="never" class="sg-section" data-testid="cases-page">
      <template #header>
        <div class="sg-card-header sg-wrap">
          <div>
            <span class="sg-card-title">{{ t('enfCase.listTitle') }}</span>
            <span class="sg-muted sg-subtitle">{{ t('enfCase.listSubtitle') }}</span>
          </div>
          <el-button icon="Refresh" :loading="list.loading" data-testid="cases-refresh" @click="load">{{ t('common.refresh') }}</el-button>
        </div>
      </template>
      <div class="sg-filters">
        <el-select :model-value="filters.open" clearable :placeholder="t('enfCase.openFilter')" class="sg-filter-small"
                   data-testid="cases-filter-open" @update:model-value="set('open', $event)">
          <el-option value="true" :label="t('enfCase.openOnly')" />
          <el-option value="false" :label="t('enfCase.closedOnly')" />
        </el-select>
        <el-select :model-value="filters.state" clearable :placeholder="t('enfCase.state')" class="sg-filter-select"
                   data-testid="cases-filter-state" @update:model-value="set('state', $event)">
          <el-option v-for="s in CASE_STATES" :key="s" :value="s" :label="caseStateLabel(s)" />
        </el-select>
        <el-select :model-value="filters.department" clearable filterable :placeholder="t('enterprise.department')" class="sg-filter-select"
                   data-testid="cases-filter-department" @update:model-value="set('department', $event)">
          <el-option v-for="d in reference.departments" :key="d.id" :value="d.id" :label="localName(d)" />
        </el-select>
        <el-select :model-value="filters.village" clearable filterable :placeholder="t('enterprise.village')" class="sg-filter-select"
                   data-testid="cases-filter-village" @update:model-value="set('village', $event)">
          <el-option v-for="v in reference.villages" :key="v.code" :value="v.code" :label="v.name" />
        </el-select>
        <el-input :model-value="filters.violationKind" clearable :placeholder="t('enfCase.violationKind')" class="sg-filter-select"
                  data-testid="cases-filter-kind" @change="set('violationKind', $event)" @clear="set('violationKind', '')" />
        <span class="sg-date" data-testid="cases-filter-dates"><el-date-picker :model-value="span" type="daterange" value-format="YYYY-MM-DD" unlink-panels class="sg-filter-dates"
                        :start-placeholder="t('common.from')" :end-placeholder="t('common.to')"
                        @update:model-value="setSpan" /></span>
        <el-checkbox :model-value="filters.aggravated" border data-testid="cases-filter-aggravated"
                     @update:model-value="set('aggravated', $event)">{{ t('enfCase.aggravatedOnly') }}</el-checkbox>
        <el-tag v-if="filters.enterpriseId" closable data-testid="cases-filter-enterprise" @close="set('enterpriseId', '')">{{ t('hazard.oneEnterprise', { id: filters.enterpriseId }) }}</el-tag>
      </div>
      <el-table :data="list.items" v-loading="list.loading" border row-key="id" :row-class-name="rowClass"
                :empty-text="t('enfCase.empty')" data-testid="cases-table">
        <el-table-column :label="t('enfCase.openedOn')" width="120">
          <template #default="{ row }"><a :href="'#/enforcement/cases/' + row.id" class="sg-link" :data-testid="'case-link-' + row.id">{{ row.openedOn }}</a></template>
        </el-table-column>
        <el-table-column :label="t('enterprise.name')" min-width="170" show-overflow-tooltip>
          <template #default="{ row }"><a :href="'#/enterprises/' + row.enterpriseId" class="sg-link">{{ row.enterpriseName }}</a></template>
        </el-table-column>
        <el-table-column :label="t('enfCase.violationKind')" prop="violationKind" min-width="150" show-overflow-tooltip />
        <el-table-column :label="t('enfCase.state')" width="170">
          <template #default="{ row }">
            <el-tag :type="caseStateTag(row.state)" size="small">{{ caseStateLabel(row.state) }}</el-tag>
            <el-tag v-if="row.aggravated" type="danger" effect="dark" size="small" class="sg-overdue-tag">{{ t('enfCase.aggravatedTag') }}</el-tag>
          </template>
        </el-table-column>
        <el-table-column :label="t('enfCase.deadline')" width="140">
          <template #default="{ row }">{{ row.deadline }}<el-tag v-if="row.overdue" type="danger" size="small" class="sg-overdue-tag">{{ t('hazard.overdue') }}</el-tag></template>
        </el-table-column>
        <el-table-column :label="t('enfCase.penalties')" min-width="170">
          <template #default="{ row }">
            <div v-if="row.penalty">{{ money(row.penalty.amount) }}</div>
            <div v-if="row.dailyPenalty" class="sg-overdue-text">{{ t('enfCase.accrualShort', { days: row.accruedDays, amount: money(row.accrued) }) }}</div>
          </template>
        </el-table-column>
        <el-table-column :label="t('inspection.actingDepartment')" width="110">
          <template #default="{ row }">{{ departmentName(row.actingDepartment) }}</template>
        </el-table-column>
      </el-table>
      <el-pagination class="sg-pagination" data-testid="cases-pagination" background layout="total, sizes, prev, pager, next" :total="list.total"
                     :page-sizes="PAGE_SIZES" :current-page="filters.page" :page-size="filters.size"
                     @current-change="apply({ page: $event })" @size-change="apply({ size: $event })" />
    </el-card>`,
};
