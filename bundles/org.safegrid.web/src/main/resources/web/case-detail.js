// #/enforcement/cases/<id>: 执法案件, the three steps (整改指令 → 复查 → 处罚决定) as el-steps, the daily continuing
// penalty as it accrues (按日连续处罚：已累计 N 天，¥X — worked out by the server at each read), the 从重 and 累犯
// marks, the enterprise's required inspection frequency, the timeline, and the next step the state allows.
import { computed, onMounted, reactive } from 'vue';
import { t } from './i18n.js';
import { columns } from './viewport.js';
import { back, route } from './router.js';
import { dateTime } from './enterprise-terms.js';
import { departmentName, ensureReference } from './reference-data.js';
import { caseStateLabel, caseStateTag, money } from './enforcement-terms.js';
import { RecordMissing, useRecord } from './record-page.js';
import CaseSteps from './case-steps.js';
import CaseTimeline from './case-timeline.js';
import CaseStepDialog from './case-step-dialog.js';
import FrequencyCard from './frequency-card.js';

/** The steps each state allows (docs/enforcement.md, "The steps"). */
const NEXT = { ORDERED: ['reinspection'], REINSPECTED_NOT_RECTIFIED: ['penalty'], PENALISED: ['refusal', 'rectified'],
  DAILY_PENALTY: ['rectified'] };
const BUTTON = { reinspection: 'primary', penalty: 'danger', refusal: 'danger', rectified: 'success' };

export default {
  name: 'CaseDetailPage',
  components: { CaseSteps, CaseTimeline, CaseStepDialog, FrequencyCard, RecordMissing },
  setup() {
    const id = route.params.id;
    const { state, load } = useRecord(`/api/enforcement/cases/${id}`);
    const dialog = reactive({ open: false, step: 'reinspection', frequencyKey: 0 });
    onMounted(() => {
      ensureReference();
      load();
    });
    const c = computed(() => state.data ?? {});
    const next = computed(() => (c.value.editable && !c.value.closed ? (NEXT[c.value.state] ?? []) : []));
    function open(step) {
      dialog.step = step;
      dialog.open = true;
    }
    function saved(next) {
      if (next?.id) state.data = next;
      else load();
      dialog.frequencyKey++;
    }
    return { columns, id, state, c, next, dialog, open, saved, load, back: () => back('/enforcement/cases'), t, dateTime,
      departmentName, caseStateLabel, caseStateTag, money, BUTTON };
  },
  template: `
    <div data-testid="case-detail">
      <RecordMissing v-if="state.missing" :title="t('enfCase.notFound')" back="#/enforcement/cases" :back-label="t('nav.cases')" />
      <template v-else>
        <el-card shadow="never" class="sg-section" v-loading="state.loading">
          <template #header>
            <div class="sg-card-header sg-wrap">
              <div class="sg-hazard-title">
                <span class="sg-card-title" data-testid="case-title">{{ c.violationKind || t('enfCase.detailTitle') }}</span>
                <el-tag v-if="c.state" :type="caseStateTag(c.state)" effect="dark" size="small" data-testid="case-state">{{ caseStateLabel(c.state) }}</el-tag>
                <el-tag v-if="c.aggravated" type="danger" effect="dark" size="small" data-testid="case-aggravated">{{ t('enfCase.aggravatedTag') }}</el-tag>
                <el-tag v-if="c.repeatOfCaseId" type="danger" effect="plain" size="small" data-testid="case-repeat">{{ t('enfCase.repeatTag') }}</el-tag>
                <el-tag v-if="c.overdue" type="danger" size="small" data-testid="case-overdue">{{ t('enfCase.overdue') }}</el-tag>
              </div>
              <div class="sg-toolbar">
                <el-button icon="Back" data-testid="case-back" @click="back">{{ t('common.back') }}</el-button>
                <el-button icon="Refresh" data-testid="case-reload" @click="load">{{ t('common.refresh') }}</el-button>
                <el-button v-for="s in next" :key="s" :type="BUTTON[s]" :data-testid="'case-action-' + s" @click="open(s)">{{ t('enfCase.steps.' + s) }}</el-button>
              </div>
            </div>
          </template>
          <el-alert v-if="state.error" type="error" :closable="false" show-icon :title="state.error" />
          <template v-if="state.data">
            <div v-if="c.dailyPenalty" class="sg-accrual" :class="{ 'is-stopped': c.dailyPenalty.stoppedOn }" data-testid="case-accrual">
              <div class="sg-accrual-main">{{ t('enfCase.accrual', { days: c.accruedDays, amount: money(c.accrued) }) }}</div>
              <div class="sg-accrual-detail">
                {{ t('enfCase.accrualDetail', { perDay: money(c.dailyPenalty.amountPerDay), from: c.dailyPenalty.startsOn }) }}
                <template v-if="c.dailyPenalty.stoppedOn">{{ t('enfCase.accrualStopped', { on: c.dailyPenalty.stoppedOn }) }}</template>
                <template v-else>{{ t('enfCase.accrualRunning') }}</template>
              </div>
            </div>
            <CaseSteps :enf-case="state.data" />
            <el-descriptions :column="columns()" border class="sg-descriptions" data-testid="case-fields">
              <el-descriptions-item :label="t('enterprise.name')"><a :href="'#/enterprises/' + c.enterpriseId" class="sg-link" data-testid="case-enterprise">{{ c.enterpriseName }}</a></el-descriptions-item>
              <el-descriptions-item :label="t('inspection.actingDepartment')">{{ departmentName(c.actingDepartment) }}</el-descriptions-item>
              <el-descriptions-item :label="t('enfCase.orderText')" :span="2"><div class="sg-pre">{{ c.description }}</div></el-descriptions-item>
              <el-descriptions-item :label="t('enfCase.openedLabel')">{{ c.openedBy }} · {{ dateTime(c.openedAt) }}</el-descriptions-item>
              <el-descriptions-item :label="t('enfCase.deadline')"><span :class="{ 'sg-overdue-text': c.overdue }">{{ c.deadline }}</span></el-descriptions-item>
              <el-descriptions-item v-if="c.inspectionId" :label="t('enfCase.fromInspection')">
                <a :href="'#/inspections/' + c.inspectionId" class="sg-link" data-testid="case-inspection">{{ t('enfCase.inspectionN', { id: c.inspectionId }) }}</a></el-descriptions-item>
              <el-descriptions-item v-if="c.repeatOfCaseId" :label="t('enfCase.repeatOf')">
                <a :href="'#/enforcement/cases/' + c.repeatOfCaseId" class="sg-link" data-testid="case-repeat-of">{{ t('enfCase.caseN', { id: c.repeatOfCaseId }) }}</a></el-descriptions-item>
              <el-descriptions-item v-if="c.closedAt" :label="t('enfCase.closedAt')">{{ dateTime(c.closedAt) }}</el-descriptions-item>
            </el-descriptions>
          </template>
        </el-card>
        <el-row v-if="state.data" :gutter="16">
          <el-col :xs="24" :lg="14">
            <el-card shadow="never" class="sg-section">
              <template #header><span class="sg-card-title">{{ t('enfCase.timeline') }}</span></template>
              <CaseTimeline :steps="c.timeline || []" />
            </el-card>
          </el-col>
          <el-col :xs="24" :lg="10">
            <FrequencyCard :key="dialog.frequencyKey" :enterprise-id="c.enterpriseId" />
          </el-col>
        </el-row>
      </template>
      <CaseStepDialog v-if="state.data" v-model="dialog.open" :enf-case="state.data" :step="dialog.step" @saved="saved" @reload="load" />
    </div>`,
};
