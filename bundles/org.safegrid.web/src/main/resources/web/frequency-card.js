// How often an enterprise must be inspected (GET /api/enforcement/frequency/<id>): the base of its risk level, and
// more for a repeat offender (累犯). Shows nothing when the enforcement module is not there.
import { onMounted, reactive } from 'vue';
import { request } from './api.js';
import { t } from './i18n.js';
import { riskClass, riskLabel } from './enterprise-terms.js';

export default {
  name: 'FrequencyCard',
  props: { enterpriseId: { type: [String, Number], required: true } },
  setup(props) {
    const state = reactive({ f: null, loading: true });
    onMounted(async () => {
      try {
        state.f = await request(`/api/enforcement/frequency/${props.enterpriseId}`);
      } catch {
        state.f = null; // no enforcement module, or no right: nothing to show
      } finally {
        state.loading = false;
      }
    });
    return { state, t, riskClass, riskLabel };
  },
  template: `
    <el-card v-if="state.f" shadow="never" class="sg-section sg-frequency" data-testid="frequency">
      <template #header><span class="sg-card-title">{{ t('frequency.title') }}</span></template>
      <div class="sg-frequency-line">
        <span class="sg-frequency-required" data-testid="frequency-required">{{ t('frequency.required', { n: state.f.required }) }}</span>
        <el-tag v-if="state.f.repeatOffender" type="danger" effect="dark" size="small" data-testid="frequency-repeat"
          >{{ t('enfCase.repeatTag') }}</el-tag>
      </div>
      <div class="sg-muted">
        <el-tag v-if="state.f.riskLevel" :class="riskClass(state.f.riskLevel)" effect="dark" size="small">{{ riskLabel(state.f.riskLevel) }}</el-tag>
        {{ t('frequency.base', { n: state.f.base }) }}
        <template v-if="state.f.repeatOffender">{{ t('frequency.repeat', { m: state.f.multiplier, until: state.f.repeatUntil }) }}</template>
      </div>
    </el-card>`,
};
