// #/hazards/<id>: one hazard with its five fixes, its timeline and the steps its state allows the user: 落实五落实
// (major hazards), 开始整改, 提交验收, and 验收 only when the server says `mayVerify`.
import { computed, onMounted, reactive } from 'vue';
import { t } from './i18n.js';
import { columns } from './viewport.js';
import { back, route } from './router.js';
import { session } from './session.js';
import { dateTime, joinNames } from './enterprise-terms.js';
import { departmentName, ensureReference, villageName } from './reference-data.js';
import { FIX_FIELDS, fixLabel, hazardStateLabel, hazardStateTag, levelLabel, levelTag, sourceLabel, sourceLink } from './hazard-terms.js';
import { money } from './enforcement-terms.js';
import { RecordMissing, useRecord } from './record-page.js';
import HazardTimeline from './hazard-timeline.js';
import HazardFixesDialog from './hazard-fixes-dialog.js';
import HazardStepDialog from './hazard-step-dialog.js';

const OPEN_FOR_FIXES = ['REPORTED', 'RECTIFYING'];

export default {
  name: 'HazardDetailPage',
  components: { HazardTimeline, HazardFixesDialog, HazardStepDialog, RecordMissing },
  setup() {
    const id = route.params.id;
    const { state, load } = useRecord(`/api/hazards/${id}`);
    const dialogs = reactive({ fixes: false, step: false, which: 'rectify' });
    onMounted(() => {
      ensureReference();
      load();
    });
    const h = computed(() => state.data ?? {});
    const major = computed(() => h.value.level === 'MAJOR');
    const mayFix = computed(() => h.value.editable && major.value && OPEN_FOR_FIXES.includes(h.value.state));
    const mayRectify = computed(() => h.value.editable && h.value.state === 'REPORTED');
    const maySubmit = computed(() => h.value.editable && h.value.state === 'RECTIFYING');
    const ownAwaiting = computed(() => h.value.state === 'AWAITING_VERIFICATION' && !h.value.mayVerify
      && h.value.reportedBy === session.user?.username);
    const missing = computed(() => joinNames((h.value.missingFixes ?? []).map(fixLabel)));
    const fixValue = (field) => {
      const v = h.value.fiveFixes?.[field];
      return field === 'funds' ? money(v) : v;
    };
    function step(which) {
      dialogs.which = which;
      dialogs.step = true;
    }
    function saved(next) {
      if (next?.id) state.data = next;
      else load();
    }
    return { columns, state, h, dialogs, major, mayFix, mayRectify, maySubmit, ownAwaiting, missing, fixValue, step, saved, load,
      back: () => back('/hazards'), t, dateTime, departmentName, villageName, fixLabel, hazardStateLabel, hazardStateTag,
      levelLabel, levelTag, sourceLabel, sourceLink, FIX_FIELDS };
  },
  template: `
    <div data-testid="hazard-detail">
      <RecordMissing v-if="state.missing" :title="t('hazard.notFound')" back="#/hazards" :back-label="t('hazard.backToBoard')" />
      <template v-else>
        <el-card shadow="never" class="sg-section" v-loading="state.loading">
          <template #header>
            <div class="sg-card-header sg-wrap">
              <div class="sg-hazard-title">
                <span class="sg-card-title" data-testid="hazard-title">{{ h.description || t('hazard.detailTitle') }}</span>
                <el-tag v-if="h.level" :type="levelTag(h.level)" effect="dark" size="small" data-testid="hazard-level">{{ levelLabel(h.level) }}</el-tag>
                <el-tag v-if="h.state" :type="hazardStateTag(h.state)" size="small" data-testid="hazard-state">{{ hazardStateLabel(h.state) }}</el-tag>
                <el-tag v-if="h.overdue" type="danger" effect="dark" size="small" data-testid="hazard-overdue">{{ t('hazard.overdue') }}</el-tag>
              </div>
              <div class="sg-toolbar">
                <el-button icon="Back" data-testid="hazard-back" @click="back">{{ t('common.back') }}</el-button>
                <el-button icon="Refresh" data-testid="hazard-reload" @click="load">{{ t('common.refresh') }}</el-button>
                <el-button v-if="mayFix" icon="Finished" data-testid="hazard-fixes" @click="dialogs.fixes = true">{{ t('fixes.title') }}</el-button>
                <el-button v-if="mayRectify" type="warning" icon="Tools" data-testid="hazard-rectify" @click="step('rectify')">{{ t('hazard.steps.rectify') }}</el-button>
                <el-button v-if="maySubmit" type="primary" icon="Upload" data-testid="hazard-submit" @click="step('submit')">{{ t('hazard.steps.submit') }}</el-button>
                <el-button v-if="h.mayVerify" type="success" icon="CircleCheck" data-testid="hazard-verify" @click="step('verify')">{{ t('hazard.steps.verify') }}</el-button>
              </div>
            </div>
          </template>
          <el-alert v-if="state.error" type="error" :closable="false" show-icon :title="state.error" />
          <el-alert v-if="ownAwaiting" type="info" :closable="false" show-icon class="sg-section" data-testid="hazard-own"
                    :title="t('hazard.ownHazard')" />
          <el-descriptions v-if="state.data" :column="columns()" border class="sg-descriptions" data-testid="hazard-fields">
            <el-descriptions-item :label="t('enterprise.name')">
              <a :href="'#/enterprises/' + h.enterpriseId" class="sg-link" data-testid="hazard-enterprise">{{ h.enterpriseName }}</a></el-descriptions-item>
            <el-descriptions-item :label="t('hazard.source')">
              {{ sourceLabel(h.source) }}
              <a v-if="sourceLink(h.sourceRef)" :href="sourceLink(h.sourceRef)" class="sg-link" data-testid="hazard-source-link">{{ t('hazard.openSource') }}</a>
            </el-descriptions-item>
            <el-descriptions-item :label="t('hazard.deadline')">
              <span :class="{ 'sg-overdue-text': h.overdue }" data-testid="hazard-deadline">{{ h.deadline || t('hazard.noDeadline') }}</span></el-descriptions-item>
            <el-descriptions-item :label="t('hazard.reported')">{{ h.reportedBy }} · {{ dateTime(h.reportedAt) }}</el-descriptions-item>
            <el-descriptions-item :label="t('enterprise.department')">{{ departmentName(h.department) }}</el-descriptions-item>
            <el-descriptions-item :label="t('enterprise.village')">{{ villageName(h.village) }}</el-descriptions-item>
            <el-descriptions-item v-if="h.verifiedBy" :label="t('hazard.verified')">{{ h.verifiedBy }} · {{ dateTime(h.verifiedAt) }}</el-descriptions-item>
            <el-descriptions-item v-if="h.closedAt" :label="t('hazard.closedAt')">{{ dateTime(h.closedAt) }}</el-descriptions-item>
          </el-descriptions>
        </el-card>
        <el-row v-if="state.data" :gutter="16">
          <el-col v-if="major" :xs="24" :lg="12">
            <el-card shadow="never" class="sg-section" data-testid="hazard-five-fixes">
              <template #header><span class="sg-card-title">{{ t('fixes.title') }}</span></template>
              <el-alert v-if="missing" type="warning" :closable="false" show-icon class="sg-section" data-testid="hazard-missing-fixes"
                        :title="t('fixes.missing', { fields: missing })" :description="h.state === 'REPORTED' ? t('fixes.beforeRectify') : ''" />
              <el-descriptions :column="1" border size="small" class="sg-descriptions">
                <el-descriptions-item v-for="f in FIX_FIELDS" :key="f" :label="fixLabel(f)">
                  <span class="sg-pre" :data-testid="'hazard-fix-' + f">{{ fixValue(f) || '—' }}</span></el-descriptions-item>
              </el-descriptions>
            </el-card>
          </el-col>
          <el-col :xs="24" :lg="major ? 12 : 24">
            <el-card shadow="never" class="sg-section">
              <template #header><span class="sg-card-title">{{ t('hazard.timeline') }}</span></template>
              <HazardTimeline :entries="h.timeline || []" />
            </el-card>
          </el-col>
        </el-row>
      </template>
      <template v-if="state.data">
        <HazardFixesDialog v-model="dialogs.fixes" :hazard="state.data" @saved="saved" @reload="load" />
        <HazardStepDialog v-model="dialogs.step" :hazard="state.data" :step="dialogs.which" @saved="saved" @reload="load"
                          @fixes="dialogs.fixes = true" />
      </template>
    </div>`,
};
