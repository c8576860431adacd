// A hazard's timeline (el-timeline), oldest first: who did what when, the state it moved to, notes and evidence.
import { t } from './i18n.js';
import { dateTime } from './enterprise-terms.js';
import { hazardStateLabel, hazardStateTag } from './hazard-terms.js';

const COLOUR = { REPORT: '#1d5fbf', RECORD_FIXES: '#909399', RECTIFY: '#e6a23c', SUBMIT: '#409eff', ACCEPT: '#67c23a',
  REJECT: '#f56c6c', MARK_OVERDUE: '#f56c6c' };

export default {
  name: 'HazardTimeline',
  props: { entries: { type: Array, default: () => [] } },
  setup(props) {
    const colour = (action) => COLOUR[action] ?? '#909399';
    return { props, colour, t, dateTime, hazardStateLabel, hazardStateTag };
  },
  template: `
    <el-timeline class="sg-timeline" data-testid="hazard-timeline">
      <el-timeline-item v-for="e in props.entries" :key="e.id" :timestamp="dateTime(e.at)" :color="colour(e.action)" placement="top"
                        :data-testid="'hazard-timeline-' + e.action">
        <div class="sg-timeline-head">
          <strong>{{ t('hazardAction.' + e.action) }}</strong>
          <span class="sg-muted">{{ e.user === 'system' ? t('hazard.system') : e.user }}</span>
          <el-tag v-if="e.toState && e.toState !== e.fromState" :type="hazardStateTag(e.toState)" size="small">{{ hazardStateLabel(e.toState) }}</el-tag>
        </div>
        <div v-if="e.evidence" class="sg-pre"><span class="sg-muted">{{ t('hazard.evidence') }}：</span>{{ e.evidence }}</div>
        <div v-if="e.note" class="sg-pre"><span class="sg-muted">{{ t('hazard.note') }}：</span>{{ e.note }}</div>
      </el-timeline-item>
    </el-timeline>`,
};
