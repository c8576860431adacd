// #/checklists/templates: 清单模板, the latest version of every checklist template (GET /api/checklists/templates), by
// department and code, with department, cadence and state filters in the URL. Contributed templates are read-only
// (部门内置); custom ones of the user's departments may be switched off and edited.
import { computed, onMounted, watch } from 'vue';
import { request } from './api.js';
import { t } from './i18n.js';
import { errorText } from './forms.js';
import { navigate, route } from './router.js';
import { mayWriteTemplates } from './session.js';
import { notify } from './sg.js';
import { localName } from './enterprise-terms.js';
import { PAGE_SIZES, usePagedList, useUrlFilters } from './list-page.js';
import { departmentName, ensureReference, reference, sectorName } from './reference-data.js';
import { CADENCES, cadenceLabel, templateName } from './hazard-terms.js';
import TemplateSource from './template-source.js';

const FILTERS = { department: '', cadence: '', active: '', page: 1, size: 20 };

export default {
  name: 'TemplatesPage',
  components: { TemplateSource },
  setup() {
    const { filters, apply } = useUrlFilters('templates', FILTERS);
    const params = () => ({ department: filters.department, cadence: filters.cadence, active: filters.active,
      page: filters.page - 1, size: filters.size });
    const { list, load } = usePagedList('/api/checklists/templates', params);
    onMounted(() => {
      ensureReference();
      load();
    });
    watch(() => route.query, () => {
      if (route.name === 'templates') load();
    });
    const set = (key, value) => apply({ [key]: value ?? '' });
    const mayCreate = computed(() => mayWriteTemplates());
    async function toggle(row, active) {
      try {
        const next = await request(`/api/checklists/templates/${encodeURIComponent(row.code)}/active`, { method: 'PUT', body: { active } });
        Object.assign(row, next ?? { active });
        notify('success', active ? t('template.activated') : t('template.deactivated'));
      } catch (e) {
        if (errorText(e)) notify('error', errorText(e));
      }
    }
    const sectors = (row) => (row.sectors?.length ? row.sectors.map(sectorName).join('、') : t('template.allSectors'));
    return { filters, apply, list, set, mayCreate, toggle, sectors, reference, navigate, t, PAGE_SIZES, CADENCES,
      cadenceLabel, templateName, departmentName, localName };
  },
  template: `
    <el-card shadow="never" class="sg-section" data-testid="templates-page">
      <template #header>
        <div class="sg-card-header sg-wrap">
          <div>
            <span class="sg-card-title">{{ t('template.listTitle') }}</span>
            <span class="sg-muted sg-subtitle">{{ t('template.listSubtitle') }}</span>
          </div>
          <el-button v-if="mayCreate" type="primary" icon="Plus" data-testid="template-create"
                     @click="navigate('/checklists/templates/new')">{{ t('template.create') }}</el-button>
        </div>
      </template>
      <div class="sg-filters">
        <el-select :model-value="filters.department" clearable filterable :placeholder="t('enterprise.department')" class="sg-filter-select"
                   data-testid="templates-filter-department" @update:model-value="set('department', $event)">
          <el-option v-for="d in reference.departments" :key="d.id" :value="d.id" :label="localName(d)" />
        </el-select>
        <el-select :model-value="filters.cadence" clearable :placeholder="t('template.cadence')" class="sg-filter-small"
                   data-testid="templates-filter-cadence" @update:model-value="set('cadence', $event)">
          <el-option v-for="c in CADENCES" :key="c" :value="c" :label="cadenceLabel(c)" />
        </el-select>
        <el-select :model-value="filters.active" clearable :placeholder="t('template.state')" class="sg-filter-small"
                   data-testid="templates-filter-active" @update:model-value="set('active', $event)">
          <el-option value="true" :label="t('template.active')" />
          <el-option value="false" :label="t('template.inactive')" />
        </el-select>
      </div>
      <el-table :data="list.items" v-loading="list.loading" stripe border row-key="code" :empty-text="t('template.empty')"
                data-testid="templates-table">
        <el-table-column :label="t('template.name')" min-width="220">
          <template #default="{ row }">
            <a :href="'#/checklists/templates/' + row.code" class="sg-link" :data-testid="'template-link-' + row.code">{{ templateName(row) }}</a>
            <div class="sg-muted sg-mono">{{ row.code }}</div>
          </template>
        </el-table-column>
        <el-table-column :label="t('template.cadence')" width="90" align="center">
          <template #default="{ row }"><el-tag effect="plain" size="small">{{ cadenceLabel(row.cadence) }}</el-tag></template>
        </el-table-column>
        <el-table-column :label="t('enterprise.department')" width="110">
          <template #default="{ row }">{{ departmentName(row.department) }}</template>
        </el-table-column>
        <el-table-column :label="t('template.sectors')" min-width="150" show-overflow-tooltip>
          <template #default="{ row }">{{ sectors(row) }}</template>
        </el-table-column>
        <el-table-column :label="t('template.items')" prop="itemCount" width="80" align="right" />
        <el-table-column :label="t('template.version')" width="80" align="center">
          <template #default="{ row }">v{{ row.version }}</template>
        </el-table-column>
        <el-table-column :label="t('template.source')" width="160">
          <template #default="{ row }"><TemplateSource :template="row" /></template>
        </el-table-column>
        <el-table-column :label="t('template.state')" width="100" align="center">
          <template #default="{ row }">
            <el-switch v-if="row.editable" :model-value="row.active" :data-testid="'template-active-' + row.code" @update:model-value="toggle(row, $event)" />
            <span v-else class="sg-muted">{{ row.active ? t('template.active') : t('template.inactive') }}</span>
          </template>
        </el-table-column>
      </el-table>
      <el-pagination class="sg-pagination" data-testid="templates-pagination" background layout="total, sizes, prev, pager, next" :total="list.total"
                     :page-sizes="PAGE_SIZES" :current-page="filters.page" :page-size="filters.size"
                     @current-change="apply({ page: $event })" @size-change="apply({ size: $event })" />
    </el-card>`,
};
