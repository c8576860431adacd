// #/inspections: 执法检查, the inspections in the user's scope, latest first, paged on the server with the filters in
// the URL (enterprise, department, village, kind, dates); 新建检查 opens the form.
import { computed, onMounted, watch } from 'vue';
import { t } from './i18n.js';
import { navigate, route } from './router.js';
import { mayChangeRegistry } from './session.js';
import { localName } from './enterprise-terms.js';
import { PAGE_SIZES, usePagedList, useUrlFilters } from './list-page.js';
import { departmentName, ensureReference, reference } from './reference-data.js';
import { INSPECTION_KINDS, kindLabel, kindTag, percent, rateColor } from './enforcement-terms.js';

const FILTERS = { enterpriseId: '', department: '', village: '', kind: '', from: '', to: '', page: 1, size: 20 };

export default {
  name: 'InspectionsPage',
  setup() {
    const { filters, apply } = useUrlFilters('inspections', FILTERS);
    const params = () => ({ enterpriseId: filters.enterpriseId, department: filters.department, village: filters.village,
      kind: filters.kind, from: filters.from, to: filters.to, page: filters.page - 1, size: filters.size });
    const { list, load } = usePagedList('/api/inspections', params);
    onMounted(() => {
      ensureReference();
      load();
    });
    watch(() => route.query, () => {
      if (route.name === 'inspections') load();
    });
    const span = computed(() => (filters.from || filters.to ? [filters.from, filters.to] : null));
    const setSpan = (v) => apply({ from: v?.[0] ?? '', to: v?.[1] ?? '' });
    const set = (key, value) => apply({ [key]: value ?? '' });
    const mayCreate = computed(() => mayChangeRegistry());
    const create = () => navigate(`/inspections/new${filters.enterpriseId ? `?enterpriseId=${filters.enterpriseId}` : ''}`);
    const rateOf = (row) => row.compliance?.rate;
    return { filters, apply, list, span, setSpan, set, mayCreate, create, rateOf, reference, t, PAGE_SIZES,
      INSPECTION_KINDS, kindLabel, kindTag, percent, rateColor, localName, departmentName };
  },
  template: `
    <el-card shadow="never" class="sg-section" data-testid="inspections-page">
      <template #header>
        <div class="sg-card-header sg-wrap">
          <div>
            <span class="sg-card-title">{{ t('inspection.listTitle') }}</span>
            <span class="sg-muted sg-subtitle">{{ t('inspection.listSubtitle') }}</span>
          </div>
          <el-button v-if="mayCreate" type="primary" icon="Plus" data-testid="inspection-create" @click="create">{{ t('inspection.create') }}</el-button>
        </div>
      </template>
      <div class="sg-filters">
        <el-select :model-value="filters.department" clearable filterable :placeholder="t('enterprise.department')" class="sg-filter-select"
                   data-testid="inspections-filter-department" @update:model-value="set('department', $event)">
          <el-option v-for="d in reference.departments" :key="d.id" :value="d.id" :label="localName(d)" />
        </el-select>
        <el-select :model-value="filters.village" clearable filterable :placeholder="t('enterprise.village')" class="sg-filter-select"
                   data-testid="inspections-filter-village" @update:model-value="set('village', $event)">
          <el-option v-for="v in reference.villages" :key="v.code" :value="v.code" :label="v.name" />
        </el-select>
        <el-select :model-value="filters.kind" clearable :placeholder="t('inspection.kind')" class="sg-filter-select"
                   data-testid="inspections-filter-kind" @update:model-value="set('kind', $event)">
          <el-option v-for="k in INSPECTION_KINDS" :key="k" :value="k" :label="kindLabel(k)" />
        </el-select>
        <span class="sg-date" data-testid="inspections-filter-dates"><el-date-picker :model-value="span" type="daterange" value-format="YYYY-MM-DD" unlink-panels class="sg-filter-dates"
                        :start-placeholder="t('common.from')" :end-placeholder="t('common.to')"
                        @update:model-value="setSpan" /></span>
        <el-tag v-if="filters.enterpriseId" closable data-testid="inspections-filter-enterprise" @close="set('enterpriseId', '')"
          >{{ t('hazard.oneEnterprise', { id: filters.enterpriseId }) }}</el-tag>
      </div>
      <el-table :data="list.items" v-loading="list.loading" stripe border row-key="id" :empty-text="t('inspection.empty')"
                data-testid="inspections-table">
        <el-table-column :label="t('inspection.date')" width="120">
          <template #default="{ row }"><a :href="'#/inspections/' + row.id" class="sg-link" :data-testid="'inspection-link-' + row.id">{{ row.date }}</a></template>
        </el-table-column>
        <el-table-column :label="t('enterprise.name')" min-width="180" show-overflow-tooltip>
          <template #default="{ row }"><a :href="'#/enterprises/' + row.enterpriseId" class="sg-link">{{ row.enterpriseName }}</a></template>
        </el-table-column>
        <el-table-column :label="t('inspection.kind')" width="120" align="center">
          <template #default="{ row }"><el-tag :type="kindTag(row.kind)" size="small">{{ kindLabel(row.kind) }}</el-tag></template>
        </el-table-column>
        <el-table-column :label="t('inspection.inspectors')" prop="inspectors" min-width="140" show-overflow-tooltip />
        <el-table-column :label="t('inspection.findings')" prop="findings" min-width="220" show-overflow-tooltip />
        <el-table-column :label="t('compliance.rate')" width="150">
          <template #default="{ row }">
            <el-progress v-if="row.compliance" :percentage="percent(rateOf(row))" :color="rateColor(rateOf(row))" :stroke-width="10" />
            <span v-else class="sg-muted">—</span>
          </template>
        </el-table-column>
        <el-table-column :label="t('inspection.actingDepartment')" width="110">
          <template #default="{ row }">{{ departmentName(row.actingDepartment) }}</template>
        </el-table-column>
      </el-table>
      <el-pagination class="sg-pagination" data-testid="inspections-pagination" background layout="total, sizes, prev, pager, next" :total="list.total"
                     :page-sizes="PAGE_SIZES" :current-page="filters.page" :page-size="filters.size"
                     @current-change="apply({ page: $event })" @size-change="apply({ size: $event })" />
    </el-card>`,
};
