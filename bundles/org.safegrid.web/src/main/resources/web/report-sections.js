// The department sections of a report: each department bundle's own figures and tables (org.safegrid.api.report
// ReportSectionContributor). A section whose bundle is gone is simply not in a new report; archived ones keep it.
import { t } from './i18n.js';
import ReportTable from './report-table.js';
import { formatSectionValue } from './report-format.js';
import { deptName } from './reports-routes.js';

export default {
  name: 'ReportSections',
  components: { ReportTable },
  props: { sections: { type: Array, default: () => [] } },
  setup() {
    const key = (s) => `${s.department}:${s.code}`;
    return { key, t, formatSectionValue, deptName };
  },
  template: `
    <el-card shadow="never" class="sg-section" data-testid="report-sections">
      <template #header><span class="sg-card-title">{{ t('reports.sectionsTitle') }}</span></template>
      <el-empty v-if="!sections.length" :description="t('reports.sectionsNone')" :image-size="60" />
      <div v-for="s in sections" :key="key(s)" class="sg-report-section" :data-testid="'report-section-' + s.department + '-' + s.code">
        <div class="sg-report-section-title">
          <el-tag size="small" effect="plain">{{ deptName(s.department) }}</el-tag>
          <span>{{ s.title }}</span>
        </div>
        <div v-if="(s.figures || []).length" class="sg-stats">
          <div v-for="f in s.figures" :key="f.code" class="sg-stat" :data-testid="'report-section-figure-' + f.code">
            <div class="sg-stat-value">{{ formatSectionValue(f) }}</div>
            <div class="sg-stat-label">{{ f.label }}</div>
          </div>
        </div>
        <div v-for="tb in s.tables || []" :key="tb.code" class="sg-report-section-table">
          <div class="sg-report-chart-title">{{ tb.title }}</div>
          <ReportTable :table="tb" :empty-text="t('reports.tableEmpty')" :testid="'report-section-table-' + tb.code" />
        </div>
      </div>
    </el-card>`,
};
