// #/inspections/<id>: one inspection with the enterprise's daily/weekly/monthly self-inspection record as stored when
// it was recorded, the hazards reported and the cases opened from it, and the follow-ups: 上报隐患, 立案.
import { computed, onMounted, reactive } from 'vue';
import { t } from './i18n.js';
import { columns } from './viewport.js';
import { back, navigate, route } from './router.js';
import { dateTime } from './enterprise-terms.js';
import { departmentName, ensureReference, villageName } from './reference-data.js';
import { caseStateLabel, caseStateTag, kindLabel, kindTag } from './enforcement-terms.js';
import { RecordMissing, useRecord } from './record-page.js';
import ComplianceCard from './compliance-card.js';
import FrequencyCard from './frequency-card.js';
import HazardReportDialog from './hazard-report-dialog.js';
import CaseOpenDialog from './case-open-dialog.js';

export default {
  name: 'InspectionDetailPage',
  components: { ComplianceCard, FrequencyCard, HazardReportDialog, CaseOpenDialog, RecordMissing },
  setup() {
    const id = route.params.id;
    const { state, load } = useRecord(`/api/inspections/${id}`);
    const dialogs = reactive({ hazard: false, order: false });
    onMounted(() => {
      ensureReference();
      load();
    });
    const i = computed(() => state.data ?? {});
    const opened = (c) => (c?.id ? navigate(`/enforcement/cases/${c.id}`) : load());
    return { columns, id, state, i, dialogs, load, opened, back: () => back('/inspections'), t, dateTime, departmentName, villageName,
      caseStateLabel, caseStateTag, kindLabel, kindTag };
  },
  template: `
    <div data-testid="inspection-detail">
      <RecordMissing v-if="state.missing" :title="t('inspection.notFound')" back="#/inspections" :back-label="t('nav.inspections')" />
      <template v-else>
        <el-card shadow="never" class="sg-section" v-loading="state.loading">
          <template #header>
            <div class="sg-card-header sg-wrap">
              <div>
                <span class="sg-card-title">{{ t('inspection.detailTitle') }}</span>
                <span class="sg-muted sg-subtitle"><a :href="'#/enterprises/' + i.enterpriseId" class="sg-link" data-testid="inspection-enterprise-link">{{ i.enterpriseName }}</a></span>
              </div>
              <div class="sg-toolbar">
                <el-button icon="Back" data-testid="inspection-detail-back" @click="back">{{ t('common.back') }}</el-button>
                <el-button v-if="i.editable" icon="Warning" type="warning" data-testid="inspection-report-hazard"
                           @click="dialogs.hazard = true">{{ t('inspection.reportHazard') }}</el-button>
                <el-button v-if="i.editable" icon="Stamp" type="danger" data-testid="inspection-open-case"
                           @click="dialogs.order = true">{{ t('enfCase.open') }}</el-button>
              </div>
            </div>
          </template>
          <el-alert v-if="state.error" type="error" :closable="false" show-icon :title="state.error" />
          <el-descriptions v-if="state.data" :column="columns()" border class="sg-descriptions" data-testid="inspection-fields">
            <el-descriptions-item :label="t('inspection.kind')"><el-tag :type="kindTag(i.kind)" size="small">{{ kindLabel(i.kind) }}</el-tag></el-descriptions-item>
            <el-descriptions-item :label="t('inspection.date')">{{ i.date }}</el-descriptions-item>
            <el-descriptions-item :label="t('inspection.inspectors')">{{ i.inspectors }}</el-descriptions-item>
            <el-descriptions-item :label="t('inspection.actingDepartment')">{{ departmentName(i.actingDepartment) }}</el-descriptions-item>
            <el-descriptions-item :label="t('enterprise.village')">{{ villageName(i.village) }}</el-descriptions-item>
            <el-descriptions-item :label="t('inspection.recorded')">{{ i.createdBy }} · {{ dateTime(i.createdAt) }}</el-descriptions-item>
            <el-descriptions-item :label="t('inspection.findings')" :span="2"><div class="sg-pre" data-testid="inspection-findings-text">{{ i.findings }}</div></el-descriptions-item>
          </el-descriptions>
        </el-card>
        <el-row v-if="state.data" :gutter="16">
          <el-col :xs="24" :lg="12">
            <el-card shadow="never" class="sg-section">
              <template #header><span class="sg-card-title">{{ t('inspection.compliance') }}</span></template>
              <ComplianceCard v-if="i.compliance" :compliance="i.compliance" testid="inspection-compliance" />
              <el-alert v-else type="info" :closable="false" show-icon :title="t('inspection.noCompliance')" data-testid="inspection-no-compliance" />
            </el-card>
            <FrequencyCard :enterprise-id="i.enterpriseId" />
          </el-col>
          <el-col :xs="24" :lg="12">
            <el-card shadow="never" class="sg-section" data-testid="inspection-hazards">
              <template #header><span class="sg-card-title">{{ t('inspection.hazards') }}</span></template>
              <div v-if="!(i.hazardIds || []).length" class="sg-muted">{{ t('inspection.noHazards') }}</div>
              <el-tag v-for="h in i.hazardIds" :key="h" class="sg-flag-tag" effect="plain">
                <a :href="'#/hazards/' + h" class="sg-link" :data-testid="'inspection-hazard-' + h">{{ t('checklist.hazardLink', { id: h }) }}</a></el-tag>
            </el-card>
            <el-card shadow="never" class="sg-section" data-testid="inspection-cases">
              <template #header><span class="sg-card-title">{{ t('inspection.cases') }}</span></template>
              <el-table :data="i.cases || []" size="small" :empty-text="t('inspection.noCases')">
                <el-table-column :label="t('enfCase.violationKind')" min-width="140">
                  <template #default="{ row }"><a :href="'#/enforcement/cases/' + row.id" class="sg-link" :data-testid="'inspection-case-' + row.id">{{ row.violationKind }}</a></template>
                </el-table-column>
                <el-table-column :label="t('enfCase.state')" width="140">
                  <template #default="{ row }"><el-tag :type="caseStateTag(row.state)" size="small">{{ caseStateLabel(row.state) }}</el-tag></template>
                </el-table-column>
                <el-table-column :label="t('enfCase.deadline')" prop="deadline" width="110" />
              </el-table>
            </el-card>
          </el-col>
        </el-row>
      </template>
      <template v-if="state.data && i.editable">
        <HazardReportDialog v-model="dialogs.hazard" :inspection="state.data" @saved="load" />
        <CaseOpenDialog v-model="dialogs.order" :enterprise-id="i.enterpriseId" :inspection-id="i.id" :description="i.findings" @saved="opened" />
      </template>
    </div>`,
};
