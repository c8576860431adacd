// What a submitted self-inspection led to: the hazards its failed items became (with links to them), and how its
// photos went up.
import { computed } from 'vue';
import { t } from './i18n.js';
import { itemText, templateName } from './hazard-terms.js';

export default {
  name: 'ChecklistResult',
  props: {
    submission: { type: Object, required: true },
    photos: { type: Array, default: null }, // [{itemCode, name, ok, message}] once sent
    uploading: { type: Number, default: 0 },
    photoTotal: { type: Number, default: 0 },
  },
  setup(props) {
    const s = computed(() => props.submission);
    const failed = computed(() => (s.value.answers ?? []).filter((a) => a.result === 'FAIL'));
    const refused = computed(() => (props.photos ?? []).filter((p) => !p.ok));
    const due = computed(() => `#/enterprises/${s.value.enterpriseId}/checklists`);
    return { props, s, failed, refused, due, t, itemText, templateName };
  },
  template: `
    <el-card shadow="never" class="sg-section" data-testid="checklist-result">
      <el-result :icon="failed.length ? 'warning' : 'success'" :title="t('checklist.submitted')"
                 :sub-title="failed.length ? t('checklist.hazardsCreated', { n: failed.length }) : t('checklist.allPassed')">
        <template #extra>
          <div class="sg-muted">{{ templateName(s) }} · {{ s.period && s.period.key }}</div>
        </template>
      </el-result>
      <div v-if="failed.length" class="sg-result-hazards" data-testid="checklist-hazards">
        <div v-for="a in failed" :key="a.itemCode" class="sg-result-hazard">
          <div class="sg-check-text">{{ itemText(a) }}</div>
          <div class="sg-muted">{{ a.note }}</div>
          <a v-if="a.hazardId" :href="'#/hazards/' + a.hazardId" class="sg-link" :data-testid="'checklist-hazard-' + a.itemCode"
            >{{ t('checklist.hazardLink', { id: a.hazardId }) }}</a>
        </div>
      </div>
      <div v-if="props.photoTotal" class="sg-gap-top" data-testid="checklist-photo-status">
        <el-progress v-if="!props.photos" :percentage="Math.round(100 * props.uploading / props.photoTotal)" :stroke-width="12" />
        <el-alert v-else-if="!refused.length" type="success" :closable="false" show-icon
                  :title="t('photos.allSent', { n: props.photoTotal })" />
        <el-alert v-else type="warning" :closable="false" show-icon :title="t('photos.someRefused', { n: refused.length })"
                  data-testid="checklist-photo-refused">
          <div v-for="(p, i) in refused" :key="i">{{ p.name }}：{{ p.message }}</div>
        </el-alert>
      </div>
      <div class="sg-form-actions sg-center">
        <el-button tag="a" :href="due" data-testid="checklist-result-back">{{ t('checklist.backToDue') }}</el-button>
        <el-button type="primary" tag="a" :href="'#/checklists/submissions/' + s.id" data-testid="checklist-result-view">{{ t('checklist.viewSubmission') }}</el-button>
      </div>
    </el-card>`,
};
