// Measure 5 in a town report: the last-place statement (末位发言: the units ranked last, how many periods in a row)
// and the exposure list (重大隐患曝光: overdue major hazards and the units behind them).
import { t } from './i18n.js';
import ReportTable from './report-table.js';
import { formatScore, kindLabel } from './report-format.js';

export const ReportLastPlace = {
  name: 'ReportLastPlace',
  props: { lastPlace: { type: Array, default: () => [] } },
  setup() {
    return { t, formatScore, kindLabel };
  },
  template: `
    <el-card shadow="never" class="sg-section sg-report-last" data-testid="report-last-place">
      <template #header>
        <div>
          <span class="sg-card-title">{{ t('reports.lastPlaceTitle') }}</span>
          <span class="sg-muted sg-subtitle">{{ t('reports.lastPlaceSubtitle') }}</span>
        </div>
      </template>
      <el-empty v-if="!lastPlace.length" :description="t('reports.lastPlaceNone')" :image-size="60" />
      <div v-for="l in lastPlace" :key="l.kind + ':' + l.unit" class="sg-last-line"
           :class="{ 'is-repeat': l.consecutive > 1 }" :data-testid="'report-last-' + l.unit">
        <el-tag :type="l.consecutive > 1 ? 'danger' : 'warning'" effect="dark" size="small">{{ kindLabel(l.kind) }}</el-tag>
        <span class="sg-last-name">{{ l.name || l.unit }}</span>
        <span class="sg-muted">{{ t('reports.score') }} {{ formatScore(l.score) }}</span>
        <el-tag :type="l.consecutive > 1 ? 'danger' : 'info'" size="small" :data-testid="'report-last-count-' + l.unit">
          {{ t('reports.consecutive', { n: l.consecutive }) }}</el-tag>
        <span v-if="l.consecutive > 1" class="sg-last-note">{{ t('reports.lastPlaceStatement') }}</span>
      </div>
    </el-card>`,
};

export const ReportExposure = {
  name: 'ReportExposure',
  components: { ReportTable },
  props: { exposure: { type: Object, default: null } },
  setup() {
    return { t };
  },
  template: `
    <el-card shadow="never" class="sg-section" data-testid="report-exposure">
      <template #header>
        <div>
          <span class="sg-card-title">{{ (exposure && exposure.title) || t('reports.exposureTitle') }}</span>
          <span class="sg-muted sg-subtitle">{{ t('reports.exposureSubtitle') }}</span>
        </div>
      </template>
      <ReportTable v-if="exposure && (exposure.columns || []).length" :table="exposure" :empty-text="t('reports.exposureNone')"
                   testid="report-exposure-table" />
      <el-empty v-else :description="t('reports.exposureNone')" :image-size="60" />
    </el-card>`,
};
