// A whole report as the reports API answers it (town, department or village; live or archived): its head, the
// totals, the rankings and tables of departments and villages, measure 5's last-place statement and exposure list
// (town only), the trend, the department sections and how the score is computed.
import { computed } from 'vue';
import { t } from './i18n.js';
import { dateTime } from './enterprise-terms.js';
import ReportTotals from './report-totals.js';
import ReportUnits from './report-units.js';
import ReportTrend from './report-trend.js';
import ReportSections from './report-sections.js';
import { ReportExposure, ReportLastPlace } from './report-warnings.js';

export default {
  name: 'ReportView',
  components: { ReportTotals, ReportUnits, ReportTrend, ReportSections, ReportExposure, ReportLastPlace },
  props: {
    report: { type: Object, required: true },
    // may the reader open the units' own reports (admin and committee)
    linked: { type: Boolean, default: false },
  },
  setup(props) {
    const figures = computed(() => props.report.figures ?? []);
    const town = computed(() => props.report.kind === 'TOWN');
    const periodQuery = computed(() => {
      const p = props.report.period ?? {};
      if (p.granularity === 'CUSTOM') return `from=${p.from}&to=${p.to}`;
      return p.key ? `period=${encodeURIComponent(p.key)}` : '';
    });
    const span = computed(() => {
      const p = props.report.period ?? {};
      return p.from === p.to ? p.from : `${p.from} ~ ${p.to}`;
    });
    const hasVillages = computed(() => town.value || (props.report.villages ?? []).length > 0);
    return { figures, town, periodQuery, span, hasVillages, t, dateTime };
  },
  template: `
    <div class="sg-report" :data-testid="'report-' + (report.kind || '').toLowerCase()">
      <div class="sg-report-head">
        <h2 class="sg-report-title" data-testid="report-title">{{ report.title }}</h2>
        <div class="sg-muted">
          <span data-testid="report-period-key">{{ report.period && report.period.key }}</span>
          · {{ span }} · {{ t('reports.generatedAt', { at: dateTime(report.generatedAt) }) }}
          <el-tag v-if="report.archived" type="info" size="small" data-testid="report-archived">{{ t('reports.archivedTag') }}</el-tag>
        </div>
      </div>
      <ReportTotals :figures="figures" :totals="report.totals || {}" />
      <el-row :gutter="16">
        <el-col :xs="24" :xl="hasVillages ? 12 : 24">
          <ReportUnits part="departments" :rows="report.departments || []" :figures="figures"
                       :last-place="report.lastPlace || []" :period-query="periodQuery" :linked="linked" />
        </el-col>
        <el-col v-if="hasVillages" :xs="24" :xl="12">
          <ReportUnits part="villages" :rows="report.villages || []" :figures="figures"
                       :last-place="report.lastPlace || []" :period-query="periodQuery" :linked="linked" />
        </el-col>
      </el-row>
      <el-row v-if="town" :gutter="16">
        <el-col :xs="24" :lg="10"><ReportLastPlace :last-place="report.lastPlace || []" /></el-col>
        <el-col :xs="24" :lg="14"><ReportExposure :exposure="report.exposure" /></el-col>
      </el-row>
      <ReportExposure v-else-if="report.exposure && (report.exposure.rows || []).length" :exposure="report.exposure" />
      <el-card shadow="never" class="sg-section" data-testid="report-trend">
        <template #header><span class="sg-card-title">{{ t('reports.trendTitle') }}</span></template>
        <ReportTrend :trend="report.trend || []" :figures="figures" />
      </el-card>
      <ReportSections :sections="report.sections || []" />
      <el-card v-if="report.scoring" shadow="never" class="sg-section" data-testid="report-scoring">
        <template #header><span class="sg-card-title">{{ t('reports.scoringTitle') }}</span></template>
        <p class="sg-report-scoring">{{ report.scoring }}</p>
      </el-card>
    </div>`,
};
