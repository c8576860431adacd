// #/enforcement/zero-check: 执法清零, every department and village with no inspection and no case opened in a period
// (GET /api/enforcement/zero-check), highlighted; the period stays in the URL.
import { computed, onMounted, reactive, watch } from 'vue';
import { request } from './api.js';
import { locale, t } from './i18n.js';
import { errorText } from './forms.js';
import { route } from './router.js';
import { addDays, afterToday, isoDay, monthStart, today } from './dates.js';
import { useUrlFilters } from './list-page.js';

const lastMonth = () => {
  const end = addDays(monthStart(today()), -1);
  return [monthStart(end), end];
};
const quarterStart = () => {
  const d = new Date();
  return isoDay(new Date(d.getFullYear(), Math.floor(d.getMonth() / 3) * 3, 1));
};

export default {
  name: 'ZeroCheckPage',
  setup() {
    const { filters, apply } = useUrlFilters('zeroCheck', { from: '', to: '' });
    const state = reactive({ data: null, loading: false, error: '' });
    async function load() {
      state.loading = true;
      try {
        state.data = await request('/api/enforcement/zero-check', { query: { from: filters.from, to: filters.to } });
        state.error = '';
      } catch (e) {
        state.error = errorText(e) ?? '';
      } finally {
        state.loading = false;
      }
    }
    onMounted(load);
    watch(() => route.query, () => {
      if (route.name === 'zeroCheck') load();
    });
    const span = computed(() => (filters.from || filters.to ? [filters.from, filters.to]
      : state.data ? [state.data.from, state.data.to] : null));
    const setSpan = (v) => apply({ from: v?.[0] ?? '', to: v?.[1] ?? '' });
    const shortcuts = computed(() => [
      { text: t('zero.thisMonth'), value: () => [monthStart(today()), today()].map((d) => new Date(`${d}T00:00`)) },
      { text: t('zero.lastMonth'), value: () => lastMonth().map((d) => new Date(`${d}T00:00`)) },
      { text: t('zero.thisQuarter'), value: () => [quarterStart(), today()].map((d) => new Date(`${d}T00:00`)) },
    ]);
    const name = (line) => (locale.value === 'en' ? line.nameEn || line.name : line.name) || line.id;
    const rowClass = ({ row }) => (row.zero ? 'sg-row-overdue' : '');
    return { state, span, setSpan, shortcuts, name, rowClass, load, afterToday, t };
  },
  template: `
    <el-card shadow="never" class="sg-section" data-testid="zero-check-page">
      <template #header>
        <div class="sg-card-header sg-wrap">
          <div>
            <span class="sg-card-title">{{ t('zero.title') }}</span>
            <span class="sg-muted sg-subtitle">{{ t('zero.subtitle') }}</span>
          </div>
          <div class="sg-toolbar">
            <span class="sg-date" data-testid="zero-period"><el-date-picker :model-value="span" type="daterange" value-format="YYYY-MM-DD" unlink-panels :shortcuts="shortcuts"
                            :disabled-date="afterToday" :clearable="false" :start-placeholder="t('common.from')" :end-placeholder="t('common.to')"
                            @update:model-value="setSpan" /></span>
            <el-button icon="Refresh" :loading="state.loading" data-testid="zero-refresh" @click="load">{{ t('common.refresh') }}</el-button>
          </div>
        </div>
      </template>
      <el-alert v-if="state.error" type="error" :closable="false" show-icon :title="state.error" class="sg-section" />
      <template v-if="state.data">
        <div class="sg-stats">
          <div class="sg-stat" :class="state.data.zeroDepartments ? 'is-bad' : 'is-good'">
            <div class="sg-stat-value" data-testid="zero-departments-count">{{ state.data.zeroDepartments }}</div>
            <div class="sg-stat-label">{{ t('zero.zeroDepartments') }}</div></div>
          <div class="sg-stat" :class="state.data.zeroVillages ? 'is-bad' : 'is-good'">
            <div class="sg-stat-value" data-testid="zero-villages-count">{{ state.data.zeroVillages }}</div>
            <div class="sg-stat-label">{{ t('zero.zeroVillages') }}</div></div>
        </div>
        <el-row :gutter="16" v-loading="state.loading">
          <el-col v-for="part in ['departments', 'villages']" :key="part" :xs="24" :lg="12">
            <div class="sg-zero-title">{{ t('zero.' + part) }}</div>
            <el-table :data="state.data[part]" border size="small" :row-class-name="rowClass" :empty-text="t('zero.none')"
                      :data-testid="'zero-' + part">
              <el-table-column :label="t('zero.unit')" min-width="140">
                <template #default="{ row }"><span :data-testid="'zero-line-' + row.id">{{ name(row) }}</span></template>
              </el-table-column>
              <el-table-column :label="t('zero.inspections')" prop="inspections" width="90" align="right" />
              <el-table-column :label="t('zero.cases')" prop="cases" width="90" align="right" />
              <el-table-column :label="t('zero.result')" width="110" align="center">
                <template #default="{ row }">
                  <el-tag v-if="row.zero" type="danger" effect="dark" size="small" :data-testid="'zero-flag-' + row.id">{{ t('zero.zeroTag') }}</el-tag>
                  <el-tag v-else type="success" size="small">{{ t('zero.active') }}</el-tag>
                </template>
              </el-table-column>
            </el-table>
          </el-col>
        </el-row>
      </template>
    </el-card>`,
};
