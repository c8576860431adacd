// The three steps of closed-loop enforcement as el-steps: 整改指令 → 复查 → 处罚决定, each with what was decided.
import { computed } from 'vue';
import { t } from './i18n.js';
import { money } from './enforcement-terms.js';

export default {
  name: 'CaseSteps',
  props: { enfCase: { type: Object, required: true } },
  setup(props) {
    const c = computed(() => props.enfCase);
    const steps = computed(() => {
      const r = c.value.reinspection;
      const p = c.value.penalty;
      const order = { title: t('enfCase.stepOrder'), status: 'success',
        description: t('enfCase.orderLine', { on: c.value.openedOn, deadline: c.value.deadline }) };
      const reinspection = r
        ? { title: t('enfCase.stepReinspection'), status: r.rectified ? 'success' : 'error',
          description: `${r.date} · ${r.rectified ? t('enfCase.rectifiedYes') : t('enfCase.rectifiedNo')}` }
        : { title: t('enfCase.stepReinspection'), status: c.value.overdue ? 'error' : 'process',
          description: c.value.overdue ? t('enfCase.overdue') : t('enfCase.waiting') };
      let penalty;
      if (p) {
        penalty = { title: t('enfCase.stepPenalty'), status: c.value.closed ? 'success' : 'error',
          description: `${money(p.amount)} · ${p.legalBasis}${p.aggravated ? ' · ' + t('enfCase.aggravatedTag') : ''}` };
      } else if (r?.rectified) {
        penalty = { title: t('enfCase.stepPenalty'), status: 'success', description: t('enfCase.noPenaltyNeeded') };
      } else {
        penalty = { title: t('enfCase.stepPenalty'), status: r ? 'process' : 'wait', description: r ? t('enfCase.waiting') : '' };
      }
      return [order, reinspection, penalty];
    });
    const active = computed(() => (c.value.penalty || c.value.closed ? 3 : c.value.reinspection ? 2 : 1));
    return { steps, active };
  },
  template: `
    <el-steps :active="active" align-center class="sg-steps sg-case-steps" data-testid="case-steps">
      <el-step v-for="(s, i) in steps" :key="i" :title="s.title" :status="s.status" :description="s.description"
               :data-testid="'case-step-' + i" />
    </el-steps>`,
};
