// An enterprise's daily/weekly/monthly self-inspection record: owed, done and the rate, overall and per cadence.
// Takes GET /api/checklists/compliance ({daily, weekly, monthly, total}) or an inspection's stored snapshot
// ({daily, weekly, monthly, rate}).
import { computed } from 'vue';
import { t } from './i18n.js';
import { cadenceLabel } from './hazard-terms.js';
import { percent, rateColor } from './enforcement-terms.js';

const LINES = [['daily', 'DAILY'], ['weekly', 'WEEKLY'], ['monthly', 'MONTHLY']];

export default {
  name: 'ComplianceCard',
  props: {
    compliance: { type: Object, default: null },
    title: { type: String, default: '' },
    testid: { type: String, default: 'compliance' },
  },
  setup(props) {
    const c = computed(() => props.compliance ?? {});
    const overall = computed(() => c.value.total?.rate ?? c.value.rate ?? 1);
    const owed = computed(() => LINES.reduce((sum, [key]) => sum + (c.value[key]?.owed ?? 0), 0));
    const done = computed(() => LINES.reduce((sum, [key]) => sum + (c.value[key]?.done ?? 0), 0));
    const lines = computed(() => LINES.map(([key, cadence]) => ({ key, label: cadenceLabel(cadence),
      owed: c.value[key]?.owed ?? 0, done: c.value[key]?.done ?? 0, rate: c.value[key]?.rate ?? 1 })));
    return { props, c, overall, owed, done, lines, percent, rateColor, t };
  },
  template: `
    <div class="sg-compliance" :data-testid="props.testid">
      <div class="sg-compliance-head">
        <el-progress type="dashboard" :percentage="percent(overall)" :color="rateColor(overall)" :width="112"
                     :data-testid="props.testid + '-rate'">
          <template #default="{ percentage }">
            <div class="sg-compliance-rate">{{ percentage }}%</div>
            <div class="sg-muted">{{ t('compliance.rate') }}</div>
          </template>
        </el-progress>
        <div>
          <div v-if="props.title" class="sg-compliance-title">{{ props.title }}</div>
          <div v-if="c.from" class="sg-muted">{{ t('compliance.span', { from: c.from, to: c.to }) }}</div>
          <div class="sg-compliance-total">{{ t('compliance.doneOfOwed', { done, owed }) }}</div>
        </div>
      </div>
      <div v-for="l in lines" :key="l.key" class="sg-compliance-line" :data-testid="props.testid + '-' + l.key">
        <span class="sg-compliance-label">{{ l.label }}</span>
        <el-progress :percentage="percent(l.rate)" :color="rateColor(l.rate)" :stroke-width="12" class="sg-compliance-bar" />
        <span class="sg-compliance-count">{{ t('compliance.doneOfOwed', { done: l.done, owed: l.owed }) }}</span>
      </div>
    </div>`,
};
