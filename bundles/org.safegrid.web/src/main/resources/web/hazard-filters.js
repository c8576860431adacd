// The hazard board's filters: their URL defaults, the query GET /api/hazards takes (docs/hazards.md), and the bar.
import { computed, ref, watch } from 'vue';
import { t } from './i18n.js';
import { localName } from './enterprise-terms.js';
import { debounced } from './list-page.js';
import { reference } from './reference-data.js';
import { HAZARD_LEVELS, HAZARD_SOURCES, HAZARD_STATES, hazardStateLabel, levelLabel, sourceLabel } from './hazard-terms.js';

export const HAZARD_FILTERS = {
  text: '', department: '', village: '', state: '', level: '', source: '', overdue: false, enterpriseId: '',
  sort: '', page: 1, size: 20,
};
export const HAZARD_SORTS = ['deadline', '-deadline', 'overdue', '-reportedAt', 'reportedAt'];
const CLEARED = { text: '', department: '', village: '', state: '', level: '', source: '', overdue: false, enterpriseId: '' };

/** The filters as GET /api/hazards takes them; withPaging for the board, without for the counts. */
export function hazardParams(f, withPaging = true) {
  const params = { text: f.text?.trim(), department: f.department, village: f.village, level: f.level,
    enterpriseId: f.enterpriseId };
  if (!withPaging) return params;
  return { ...params, state: f.state, source: f.source, overdue: f.overdue ? 'true' : undefined,
    sort: f.sort || undefined, page: f.page - 1, size: f.size };
}

export default {
  name: 'HazardFilters',
  props: { filters: { type: Object, required: true } },
  emits: ['apply'],
  setup(props, { emit }) {
    const text = ref(props.filters.text);
    const sendText = debounced((value) => {
      if (value.trim() !== (props.filters.text ?? '').trim()) emit('apply', { text: value.trim() });
    });
    watch(text, (value) => sendText(value ?? ''));
    watch(() => props.filters.text, (value) => {
      if ((value ?? '') !== (text.value ?? '').trim()) text.value = value ?? '';
    });
    const set = (key, value) => emit('apply', { [key]: value ?? '' });
    const active = computed(() => Object.keys(CLEARED).some((k) => !!props.filters[k]));
    function clear() {
      text.value = '';
      emit('apply', { ...CLEARED });
    }
    return { props, text, set, clear, active, reference, t, localName, HAZARD_LEVELS, HAZARD_SOURCES, HAZARD_STATES,
      HAZARD_SORTS, hazardStateLabel, levelLabel, sourceLabel };
  },
  template: `
    <div class="sg-filters">
      <el-input v-model="text" clearable prefix-icon="Search" class="sg-filter-text" :placeholder="t('hazard.searchPlaceholder')"
                data-testid="hazards-search" />
      <el-select :model-value="props.filters.department" clearable filterable :placeholder="t('enterprise.department')"
                 class="sg-filter-select" data-testid="hazards-filter-department" @update:model-value="set('department', $event)">
        <el-option v-for="d in reference.departments" :key="d.id" :value="d.id" :label="localName(d)" />
      </el-select>
      <el-select :model-value="props.filters.village" clearable filterable :placeholder="t('enterprise.village')"
                 class="sg-filter-select" data-testid="hazards-filter-village" @update:model-value="set('village', $event)">
        <el-option v-for="v in reference.villages" :key="v.code" :value="v.code" :label="v.name" />
      </el-select>
      <el-select :model-value="props.filters.state" clearable :placeholder="t('hazard.state')" class="sg-filter-select"
                 data-testid="hazards-filter-state" @update:model-value="set('state', $event)">
        <el-option v-for="s in HAZARD_STATES" :key="s" :value="s" :label="hazardStateLabel(s)" />
      </el-select>
      <el-select :model-value="props.filters.level" clearable :placeholder="t('hazard.level')" class="sg-filter-small"
                 data-testid="hazards-filter-level" @update:model-value="set('level', $event)">
        <el-option v-for="l in HAZARD_LEVELS" :key="l" :value="l" :label="levelLabel(l)" />
      </el-select>
      <el-select :model-value="props.filters.source" clearable :placeholder="t('hazard.source')" class="sg-filter-select"
                 data-testid="hazards-filter-source" @update:model-value="set('source', $event)">
        <el-option v-for="s in HAZARD_SOURCES" :key="s" :value="s" :label="sourceLabel(s)" />
      </el-select>
      <el-select :model-value="props.filters.sort" clearable :placeholder="t('hazard.sort')" class="sg-filter-select"
                 data-testid="hazards-sort" @update:model-value="set('sort', $event)">
        <el-option v-for="s in HAZARD_SORTS" :key="s" :value="s" :label="t('hazard.sorts.' + s)" />
      </el-select>
      <el-checkbox :model-value="props.filters.overdue" border data-testid="hazards-filter-overdue"
                   @update:model-value="set('overdue', $event)">{{ t('hazard.overdueOnly') }}</el-checkbox>
      <el-tag v-if="props.filters.enterpriseId" closable data-testid="hazards-filter-enterprise"
              @close="set('enterpriseId', '')">{{ t('hazard.oneEnterprise', { id: props.filters.enterpriseId }) }}</el-tag>
      <el-button v-if="active" text icon="RefreshLeft" data-testid="hazards-filter-clear" @click="clear">{{ t('enterprise.clearFilters') }}</el-button>
    </div>`,
};
