// #/checklists/submissions/<id>: one stored self-inspection as it was filled, with the hazards its failed items became
// and its photos (GET /api/checklists/submissions/<id>).
import { computed, onMounted } from 'vue';
import { t } from './i18n.js';
import { columns } from './viewport.js';
import { route } from './router.js';
import { dateTime } from './enterprise-terms.js';
import { categoryLabel, itemText, periodSpan, resultLabel, resultTag, templateName } from './hazard-terms.js';
import { RecordMissing, useRecord } from './record-page.js';
import PhotoThumb from './photo-thumb.js';

export default {
  name: 'ChecklistSubmissionPage',
  components: { PhotoThumb, RecordMissing },
  setup() {
    const id = route.params.id;
    const { state, load } = useRecord(`/api/checklists/submissions/${id}`);
    onMounted(load);
    const s = computed(() => state.data ?? {});
    const photosOf = (code) => (s.value.photos ?? []).filter((p) => p.itemCode === code);
    return { columns, id, state, s, photosOf, t, dateTime, categoryLabel, itemText, periodSpan, resultLabel, resultTag, templateName };
  },
  template: `
    <div data-testid="submission-page">
      <RecordMissing v-if="state.missing" :title="t('checklist.submissionMissing')" />
      <el-card v-else shadow="never" class="sg-section" v-loading="state.loading">
        <template #header>
          <div class="sg-card-header sg-wrap">
            <div>
              <span class="sg-card-title">{{ state.data ? templateName(s) : t('checklist.submissionTitle') }}</span>
              <span class="sg-muted sg-subtitle"><a :href="'#/enterprises/' + s.enterpriseId + '/checklists'" class="sg-link">{{ s.enterpriseName }}</a></span>
            </div>
            <el-button v-if="s.enterpriseId" icon="Back" tag="a" data-testid="submission-back" :href="'#/enterprises/' + s.enterpriseId + '/checklists'">{{ t('checklist.backToDue') }}</el-button>
          </div>
        </template>
        <el-alert v-if="state.error" type="error" :closable="false" show-icon :title="state.error" />
        <template v-if="state.data">
          <el-descriptions :column="columns()" border size="small" class="sg-descriptions sg-section">
            <el-descriptions-item :label="t('checklist.periodLabel')">{{ s.period.key }}（{{ periodSpan(s.period) }}）</el-descriptions-item>
            <el-descriptions-item :label="t('template.version')">{{ t('template.versionN', { n: s.templateVersion }) }}</el-descriptions-item>
            <el-descriptions-item :label="t('checklist.submittedAt')">{{ dateTime(s.submittedAt) }}</el-descriptions-item>
            <el-descriptions-item :label="t('checklist.submittedBy')">{{ s.submittedBy }}</el-descriptions-item>
          </el-descriptions>
          <div v-for="(a, i) in s.answers" :key="a.itemCode" class="sg-check-item sg-answer-view" :class="{ 'is-fail': a.result === 'FAIL' }"
               :data-testid="'submission-answer-' + a.itemCode">
            <div class="sg-check-head">
              <span class="sg-check-index">{{ i + 1 }}</span>
              <el-tag size="small" effect="plain">{{ categoryLabel(a.category) }}</el-tag>
              <el-tag :type="resultTag(a.result)" size="small" effect="dark">{{ resultLabel(a.result) }}</el-tag>
            </div>
            <div class="sg-check-text">{{ itemText(a) }}</div>
            <div v-if="a.note" class="sg-pre">{{ a.note }}</div>
            <a v-if="a.hazardId" :href="'#/hazards/' + a.hazardId" class="sg-link" :data-testid="'submission-hazard-' + a.itemCode"
              >{{ t('checklist.hazardLink', { id: a.hazardId }) }}</a>
            <div v-if="photosOf(a.itemCode).length" class="sg-thumbs">
              <PhotoThumb v-for="p in photosOf(a.itemCode)" :key="p.id" :src="'/api/checklists/submissions/' + s.id + '/photos/' + p.id"
                          :testid="'submission-photo-' + p.id" />
            </div>
          </div>
        </template>
      </el-card>
    </div>`,
};
