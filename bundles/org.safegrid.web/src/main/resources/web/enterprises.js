// #/enterprises: 企业台账, paged and sorted on the server, filters in the URL; new, import and export.
import { computed, onMounted, reactive, watch } from 'vue';
import { t } from './i18n.js';
import { errorText } from './forms.js';
import { navigate, route } from './router.js';
import { mayChangeRegistry } from './session.js';
import { notify } from './sg.js';
import { downloadFile } from './download.js';
import { PAGE_SIZES, usePagedList, useUrlFilters } from './list-page.js';
import EnterpriseFilters, { ENTERPRISE_FILTERS, enterpriseParams } from './enterprise-filters.js';
import EnterpriseDialog from './enterprise-dialog.js';
import EnterpriseTags from './enterprise-tags.js';
import { dateTime, riskClass, riskLabel, statusLabel, statusTag } from './enterprise-terms.js';
import { departmentName, ensureReference, sectorName, villageName } from './reference-data.js';

// the columns the server sorts by (sort=name, sort=-staffCount, ...)
const SORTABLE = new Set(['name', 'creditCode', 'riskLevel', 'staffCount', 'updatedAt']);

export default {
  name: 'EnterprisesPage',
  components: { EnterpriseFilters, EnterpriseDialog, EnterpriseTags },
  setup() {
    const { filters, apply } = useUrlFilters('enterprises', ENTERPRISE_FILTERS);
    const { list, load } = usePagedList('/api/enterprises', () => enterpriseParams(filters));
    const dialog = reactive({ open: false });
    const exporting = reactive({ busy: false });
    const mayCreate = computed(() => mayChangeRegistry());

    onMounted(() => {
      ensureReference();
      load();
    });
    watch(() => route.query, () => {
      if (route.name === 'enterprises') load();
    });

    // el-table's sort: {prop, order: 'ascending'|'descending'|null}
    const defaultSort = computed(() => {
      const s = filters.sort;
      if (!s) return {};
      const prop = s.replace(/^-/, '');
      return SORTABLE.has(prop) ? { prop, order: s.startsWith('-') ? 'descending' : 'ascending' } : {};
    });
    function sortChange({ prop, order }) {
      apply({ sort: SORTABLE.has(prop) && order ? (order === 'descending' ? '-' : '') + prop : '' });
    }

    async function exportExcel() {
      exporting.busy = true;
      try {
        await downloadFile('/api/enterprises/export.xlsx', {
          query: enterpriseParams(filters, false),
          fallbackName: t('enterprise.exportFileName'),
        });
        notify('success', t('enterprise.exported'));
      } catch (e) {
        if (errorText(e)) notify('error', t('enterprise.exportFailed', { reason: errorText(e) }));
      } finally {
        exporting.busy = false;
      }
    }

    const open = (row) => navigate(`/enterprises/${row.id}`);
    const created = (saved) => (saved?.id ? open(saved) : load());

    return { filters, apply, list, load, dialog, exporting, mayCreate, defaultSort, sortChange, exportExcel, open,
      created, t, PAGE_SIZES, dateTime, riskClass, riskLabel, statusLabel, statusTag, departmentName, sectorName,
      villageName, navigate };
  },
  template: `
    <el-card shadow="never" class="sg-section" data-testid="enterprises-page">
      <template #header>
        <div class="sg-card-header sg-wrap">
          <div>
            <span class="sg-card-title">{{ t('enterprise.listTitle') }}</span>
            <span class="sg-muted sg-subtitle">{{ t('enterprise.listSubtitle') }}</span>
          </div>
          <div class="sg-toolbar">
            <el-button v-if="mayCreate" type="primary" icon="Plus" data-testid="enterprise-create"
                       @click="dialog.open = true">{{ t('enterprise.create') }}</el-button>
            <el-button v-if="mayCreate" icon="Upload" data-testid="enterprise-import"
                       @click="navigate('/enterprises/import')">{{ t('enterprise.import') }}</el-button>
            <el-button icon="Download" :loading="exporting.busy" data-testid="enterprise-export"
                       @click="exportExcel">{{ t('enterprise.export') }}</el-button>
          </div>
        </div>
      </template>
      <EnterpriseFilters :filters="filters" @apply="apply" />
      <el-table :data="list.items" v-loading="list.loading" stripe border row-key="id" :default-sort="defaultSort"
                :empty-text="t('enterprise.empty')" data-testid="enterprises-table" @sort-change="sortChange">
        <el-table-column :label="t('enterprise.name')" prop="name" min-width="200" sortable="custom" fixed>
          <template #default="{ row }">
            <a :href="'#/enterprises/' + row.id" class="sg-link" :data-testid="'enterprise-link-' + row.creditCode"
              >{{ row.name }}</a>
          </template>
        </el-table-column>
        <el-table-column :label="t('enterprise.creditCode')" prop="creditCode" width="190" sortable="custom">
          <template #default="{ row }"><span class="sg-mono">{{ row.creditCode }}</span></template>
        </el-table-column>
        <el-table-column :label="t('enterprise.village')" min-width="110">
          <template #default="{ row }">{{ villageName(row.village) }}</template>
        </el-table-column>
        <el-table-column :label="t('enterprise.sector')" min-width="120" show-overflow-tooltip>
          <template #default="{ row }">{{ sectorName(row.sector) }}</template>
        </el-table-column>
        <el-table-column :label="t('enterprise.department')" min-width="110">
          <template #default="{ row }">
            {{ departmentName(row.department) }}<span v-if="row.secondDepartment" class="sg-muted">
              / {{ departmentName(row.secondDepartment) }}</span>
          </template>
        </el-table-column>
        <el-table-column :label="t('enterprise.staffCount')" prop="staffCount" width="120" sortable="custom" align="right">
          <template #default="{ row }">
            <el-tag v-if="row.small" size="small" type="info" effect="plain" class="sg-small-tag"
              >{{ t('enterprise.smallTag') }}</el-tag>{{ row.staffCount }}
          </template>
        </el-table-column>
        <el-table-column :label="t('enterprise.riskLevel')" prop="riskLevel" width="110" sortable="custom" align="center">
          <template #default="{ row }">
            <el-tag v-if="row.riskLevel" :class="riskClass(row.riskLevel)" effect="dark" size="small"
                    disable-transitions>{{ riskLabel(row.riskLevel) }}</el-tag>
          </template>
        </el-table-column>
        <el-table-column :label="t('enterprise.status')" width="90" align="center">
          <template #default="{ row }">
            <el-tag :type="statusTag(row.status)" size="small" disable-transitions>{{ statusLabel(row.status) }}</el-tag>
          </template>
        </el-table-column>
        <el-table-column :label="t('enterprise.flags')" min-width="160">
          <template #default="{ row }"><EnterpriseTags :flags="row.flags" /></template>
        </el-table-column>
        <el-table-column :label="t('enterprise.updatedAt')" prop="updatedAt" width="150" sortable="custom">
          <template #default="{ row }">{{ dateTime(row.updatedAt) }}</template>
        </el-table-column>
      </el-table>
      <el-pagination class="sg-pagination" background layout="total, sizes, prev, pager, next, jumper"
                     :total="list.total" :page-sizes="PAGE_SIZES" :current-page="filters.page"
                     :page-size="filters.size" data-testid="enterprises-pagination"
                     @current-change="apply({ page: $event })" @size-change="apply({ size: $event })" />
      <EnterpriseDialog v-model="dialog.open" @saved="created" />
    </el-card>`,
};
