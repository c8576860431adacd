// The enterprise filters of the list, the export and the incomplete plates: their URL defaults, the query the REST
// API takes (docs/enterprises-and-plates.md), and the filter bar.
import { computed, ref, watch } from 'vue';
import { t } from './i18n.js';
import { FLAGS, RISK_LEVELS, STATUSES, flagLabel, localName, riskLabel, statusLabel } from './enterprise-terms.js';
import { debounced } from './list-page.js';
import { reference } from './reference-data.js';

/** Every filter with its empty value, plus paging and sort, as useUrlFilters keeps them. */
export const ENTERPRISE_FILTERS = {
  text: '', village: '', department: '', sector: '', risk: '', status: '', flag: [], small: false,
  page: 1, size: 20, sort: '',
};

/** The filters as GET /api/enterprises (and export.xlsx, plates/incomplete) take them; withPaging for lists. */
export function enterpriseParams(f, withPaging = true) {
  const params = {
    text: f.text?.trim(), village: f.village, department: f.department, sector: f.sector, risk: f.risk,
    status: f.status, flag: f.flag?.length ? f.flag : undefined, small: f.small ? 'true' : undefined,
    sort: f.sort || undefined,
  };
  if (withPaging) Object.assign(params, { page: f.page - 1, size: f.size });
  return params;
}

const ALL = ['text', 'village', 'department', 'sector', 'risk', 'status', 'flag', 'small'];

export default {
  name: 'EnterpriseFilters',
  props: {
    filters: { type: Object, required: true },
    fields: { type: Array, default: () => ALL },
    testPrefix: { type: String, default: 'enterprises' },
  },
  emits: ['apply'],
  setup(props, { emit }) {
    const shows = (field) => props.fields.includes(field);
    const text = ref(props.filters.text);
    const sendText = debounced((value) => {
      if (value.trim() !== (props.filters.text ?? '').trim()) emit('apply', { text: value.trim() });
    });
    watch(text, (value) => sendText(value ?? ''));
    // the URL changed from outside (back, a link): show its text
    watch(
      () => props.filters.text,
      (value) => {
        if ((value ?? '') !== (text.value ?? '').trim()) text.value = value ?? '';
      },
    );
    const set = (key, value) => emit('apply', { [key]: value ?? '' });
    const villages = computed(() => reference.villages);
    const departments = computed(() => reference.departments);
    const sectors = computed(() => reference.sectors);
    const active = computed(() => ALL.some((k) => k !== 'text' && (Array.isArray(props.filters[k])
      ? props.filters[k].length : props.filters[k])) || !!props.filters.text);
    const clear = () => {
      text.value = '';
      emit('apply', { text: '', village: '', department: '', sector: '', risk: '', status: '', flag: [], small: false });
    };
    return { props, shows, text, set, clear, active, villages, departments, sectors, t, localName,
      FLAGS, RISK_LEVELS, STATUSES, flagLabel, riskLabel, statusLabel };
  },
  template: `
    <div class="sg-filters">
      <el-input v-if="shows('text')" v-model="text" clearable prefix-icon="Search" class="sg-filter-text"
                :placeholder="t('enterprise.searchPlaceholder')" :data-testid="props.testPrefix + '-search'" />
      <el-select v-if="shows('village')" :model-value="props.filters.village" clearable filterable
                 :placeholder="t('enterprise.village')" class="sg-filter-select" @update:model-value="set('village', $event)"
                 :data-testid="props.testPrefix + '-filter-village'">
        <el-option v-for="v in villages" :key="v.code" :value="v.code" :label="v.name" />
      </el-select>
      <el-select v-if="shows('department')" :model-value="props.filters.department" clearable filterable
                 :placeholder="t('enterprise.department')" class="sg-filter-select"
                 @update:model-value="set('department', $event)" :data-testid="props.testPrefix + '-filter-department'">
        <el-option v-for="d in departments" :key="d.id" :value="d.id" :label="localName(d)" />
      </el-select>
      <el-select v-if="shows('sector')" :model-value="props.filters.sector" clearable filterable
                 :placeholder="t('enterprise.sector')" class="sg-filter-select" @update:model-value="set('sector', $event)"
                 :data-testid="props.testPrefix + '-filter-sector'">
        <el-option v-for="s in sectors" :key="s.code" :value="s.code" :label="localName(s)" />
      </el-select>
      <el-select v-if="shows('risk')" :model-value="props.filters.risk" clearable :placeholder="t('enterprise.riskLevel')"
                 class="sg-filter-small" @update:model-value="set('risk', $event)"
                 :data-testid="props.testPrefix + '-filter-risk'">
        <el-option v-for="r in RISK_LEVELS" :key="r" :value="r" :label="riskLabel(r)" />
      </el-select>
      <el-select v-if="shows('status')" :model-value="props.filters.status" clearable :placeholder="t('enterprise.status')"
                 class="sg-filter-small" @update:model-value="set('status', $event)"
                 :data-testid="props.testPrefix + '-filter-status'">
        <el-option v-for="s in STATUSES" :key="s" :value="s" :label="statusLabel(s)" />
      </el-select>
      <el-checkbox-group v-if="shows('flag')" :model-value="props.filters.flag" class="sg-filter-flags"
                         @update:model-value="set('flag', $event)" :data-testid="props.testPrefix + '-filter-flags'">
        <el-checkbox v-for="f in FLAGS" :key="f" :value="f" :data-testid="props.testPrefix + '-filter-flag-' + f"
          >{{ flagLabel(f) }}</el-checkbox>
      </el-checkbox-group>
      <el-checkbox v-if="shows('small')" :model-value="props.filters.small" border
                   @update:model-value="set('small', $event)" :data-testid="props.testPrefix + '-filter-small'"
        >{{ t('enterprise.smallOnly') }}</el-checkbox>
      <el-button v-if="active" text icon="RefreshLeft" @click="clear" :data-testid="props.testPrefix + '-filter-clear'"
        >{{ t('enterprise.clearFilters') }}</el-button>
    </div>`,
};
