// An enforcement case's timeline (el-timeline): each step with who, when, the state it left the case in, the step's
// record (summary 'key=value;…' shown as labelled values) and the note.
import { hasText, t } from './i18n.js';
import { dateTime } from './enterprise-terms.js';
import { caseActionLabel, caseStateLabel, caseStateTag, money, summaryPairs } from './enforcement-terms.js';

const COLOUR = { ORDER_ISSUED: '#e6a23c', REPEAT_FLAGGED: '#f56c6c', REINSPECTED: '#409eff', PENALTY_DECIDED: '#f56c6c',
  DAILY_PENALTY_STARTED: '#c45656', RECTIFIED: '#67c23a' };
const MONEY = new Set(['amount', 'amountPerDay', 'accrued']);

export default {
  name: 'CaseTimeline',
  props: { steps: { type: Array, default: () => [] } },
  setup(props) {
    const colour = (action) => COLOUR[action] ?? '#909399';
    const value = (p) => {
      if (MONEY.has(p.key)) return money(p.value);
      if (p.value === 'true') return t('common.yes');
      if (p.value === 'false') return t('common.no');
      return p.value;
    };
    const label = (key) => (hasText(`caseSummary.${key}`) ? t(`caseSummary.${key}`) : key);
    return { props, colour, value, label, t, dateTime, caseActionLabel, caseStateLabel, caseStateTag, summaryPairs };
  },
  template: `
    <el-timeline class="sg-timeline" data-testid="case-timeline">
      <el-timeline-item v-for="s in props.steps" :key="s.id" :timestamp="dateTime(s.at)" :color="colour(s.action)" placement="top"
                        :data-testid="'case-timeline-' + s.action">
        <div class="sg-timeline-head">
          <strong>{{ caseActionLabel(s.action) }}</strong>
          <span class="sg-muted">{{ s.by }}</span>
          <el-tag :type="caseStateTag(s.state)" size="small">{{ caseStateLabel(s.state) }}</el-tag>
        </div>
        <div v-if="s.summary" class="sg-summary">
          <span v-for="p in summaryPairs(s.summary)" :key="p.key" class="sg-summary-pair"><span class="sg-muted">{{ label(p.key) }}：</span>{{ value(p) }}</span>
        </div>
        <div v-if="s.note" class="sg-pre"><span class="sg-muted">{{ t('hazard.note') }}：</span>{{ s.note }}</div>
      </el-timeline-item>
    </el-timeline>`,
};
