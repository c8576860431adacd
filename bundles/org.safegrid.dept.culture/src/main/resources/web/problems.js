// The problems the server reports for a large event, as tags.
export const PROBLEM_TAG = {
  'large-event-without-assessment': 'danger',
  'large-event-over-capacity': 'danger',
  'large-event-no-emergency-plan': 'warning',
};

export default {
  name: 'CultureEventProblems',
  props: { problems: { type: Array, default: () => [] }, t: { type: Function, required: true } },
  template: `
<span>
  <el-tag v-for="p in problems" :key="p" :type="PROBLEM_TAG[p] || 'info'" size="small" style="margin: 0 4px 4px 0"
      disable-transitions>{{ t('problem.' + p) }}</el-tag>
  <el-tag v-if="!problems.length" type="success" size="small" disable-transitions>{{ t('problem.none') }}</el-tag>
</span>`,
  setup() {
    return { PROBLEM_TAG };
  },
};
