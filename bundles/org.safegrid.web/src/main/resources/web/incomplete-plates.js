// #/plates/incomplete: 未完成责任牌, the plates in the user's scope that miss a role (GET /api/plates/incomplete),
// with the list's filters kept in the URL.
import { onMounted, watch } from 'vue';
import { t } from './i18n.js';
import { route } from './router.js';
import { PAGE_SIZES, usePagedList, useUrlFilters } from './list-page.js';
import EnterpriseFilters, { ENTERPRISE_FILTERS, enterpriseParams } from './enterprise-filters.js';
import { ensureReference, roleName } from './reference-data.js';

const FIELDS = ['text', 'village', 'department', 'sector', 'risk'];

export default {
  name: 'IncompletePlatesPage',
  components: { EnterpriseFilters },
  setup() {
    const { filters, apply } = useUrlFilters('incompletePlates', ENTERPRISE_FILTERS);
    const { list, load } = usePagedList('/api/plates/incomplete', () => enterpriseParams(filters));
    onMounted(() => {
      ensureReference();
      load();
    });
    watch(() => route.query, () => {
      if (route.name === 'incompletePlates') load();
    });
    const missingNames = (plate) => (plate.missing ?? []).map((code) => roleName(code, plate.roles));
    return { filters, apply, list, missingNames, t, FIELDS, PAGE_SIZES };
  },
  template: `
    <el-card shadow="never" class="sg-section" data-testid="incomplete-plates-page">
      <template #header>
        <div class="sg-card-header sg-wrap">
          <div>
            <span class="sg-card-title">{{ t('plate.incompleteTitle') }}</span>
            <span class="sg-muted sg-subtitle">{{ t('plate.incompleteSubtitle', { count: list.total }) }}</span>
          </div>
        </div>
      </template>
      <EnterpriseFilters :filters="filters" :fields="FIELDS" test-prefix="incomplete" @apply="apply" />
      <el-table :data="list.items" v-loading="list.loading" stripe border row-key="enterpriseId"
                :empty-text="t('plate.incompleteEmpty')" data-testid="incomplete-plates-table">
        <el-table-column :label="t('enterprise.name')" min-width="200">
          <template #default="{ row }">
            <a :href="'#/enterprises/' + row.enterpriseId" class="sg-link">{{ row.enterpriseName }}</a>
          </template>
        </el-table-column>
        <el-table-column :label="t('enterprise.creditCode')" width="190">
          <template #default="{ row }"><span class="sg-mono">{{ row.creditCode }}</span></template>
        </el-table-column>
        <el-table-column :label="t('plate.missingRoles')" min-width="260">
          <template #default="{ row }">
            <el-tag v-for="name in missingNames(row)" :key="name" type="danger" size="small" effect="plain"
                    class="sg-flag-tag">{{ name }}</el-tag>
          </template>
        </el-table-column>
        <el-table-column :label="t('common.actions')" width="120" align="center">
          <template #default="{ row }">
            <el-link :href="'#/enterprises/' + row.enterpriseId + '/plate'" type="primary" icon="EditPen"
                     :data-testid="'incomplete-edit-' + row.creditCode">{{ t('plate.fill') }}</el-link>
          </template>
        </el-table-column>
      </el-table>
      <el-pagination class="sg-pagination" background layout="total, sizes, prev, pager, next"
                     :total="list.total" :page-sizes="PAGE_SIZES" :current-page="filters.page"
                     :page-size="filters.size" @current-change="apply({ page: $event })"
                     @size-change="apply({ size: $event })" />
    </el-card>`,
};
