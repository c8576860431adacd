// #/enterprises/<id>: every field of one enterprise, its contacts, its plate's summary and its required inspection
// frequency; 编辑 when `editable`, and the ways to its self-inspections (隐患排查), hazards, inspections and cases.
import { computed, onMounted, reactive } from 'vue';
import { request } from './api.js';
import { t } from './i18n.js';
import { errorText } from './forms.js';
import { back, navigate, route } from './router.js';
import { notify } from './sg.js';
import EnterpriseDialog from './enterprise-dialog.js';
import EnterpriseTags from './enterprise-tags.js';
import PlateSummary from './plate-summary.js';
import FrequencyCard from './frequency-card.js';
import { dateTime, riskClass, riskLabel, statusLabel, statusTag } from './enterprise-terms.js';
import { departmentName, ensureReference, sectorName, villageName } from './reference-data.js';

export default {
  name: 'EnterpriseDetailPage',
  components: { EnterpriseDialog, EnterpriseTags, PlateSummary, FrequencyCard },
  setup() {
    const id = route.params.id;
    const state = reactive({ enterprise: null, loading: true, missing: false, failed: false, editing: false, plateKey: 0 });

    async function load() {
      state.loading = true;
      try {
        state.enterprise = await request(`/api/enterprises/${id}`);
        state.failed = false;
      } catch (e) {
        state.missing = e.status === 404;
        state.failed = !state.missing;
        if (!state.missing && errorText(e)) notify('error', errorText(e));
      } finally {
        state.loading = false;
      }
    }
    onMounted(() => {
      ensureReference();
      load();
    });

    function saved(next) {
      if (next?.id) state.enterprise = next;
      else load();
      state.plateKey++; // the required roles follow the risk level and flags
    }
    const e = computed(() => state.enterprise ?? {});
    const toList = () => navigate('/enterprises');
    return { id, state, e, load, saved, back: () => back('/enterprises'), toList, t, dateTime, riskClass, riskLabel,
      statusLabel, statusTag, departmentName, sectorName, villageName };
  },
  template: `
    <div data-testid="enterprise-detail">
      <el-card v-if="state.missing" shadow="never" class="sg-status-page" data-testid="enterprise-missing">
        <el-result icon="info" :title="t('enterprise.notFound')" :sub-title="t('enterprise.notFoundDetail')">
          <template #extra><el-button type="primary" data-testid="enterprise-missing-back" @click="toList">
            {{ t('enterprise.backToList') }}</el-button></template>
        </el-result>
      </el-card>
      <template v-else>
        <el-card shadow="never" class="sg-section" v-loading="state.loading">
          <template #header>
            <div class="sg-card-header sg-wrap">
              <div>
                <span class="sg-card-title" data-testid="enterprise-title">{{ e.name || t('enterprise.detailTitle') }}</span>
                <span class="sg-muted sg-subtitle sg-mono">{{ e.creditCode }}</span>
              </div>
              <div class="sg-toolbar">
                <el-button icon="Back" @click="back" data-testid="enterprise-back">{{ t('common.back') }}</el-button>
                <el-button v-if="state.failed" icon="Refresh" data-testid="enterprise-retry" @click="load">{{ t('common.retry') }}</el-button>
                <el-button v-if="e.editable" type="primary" icon="Edit" data-testid="enterprise-edit"
                           @click="state.editing = true">{{ t('enterprise.edit') }}</el-button>
              </div>
            </div>
            <div v-if="state.enterprise" class="sg-toolbar sg-enterprise-links">
              <el-button type="primary" plain icon="DocumentChecked" tag="a" :href="'#/enterprises/' + id + '/checklists'"
                         data-testid="enterprise-checklists">{{ t('checklist.dueTitle') }}</el-button>
              <el-button plain icon="Warning" tag="a" :href="'#/hazards?enterpriseId=' + id"
                         data-testid="enterprise-hazards">{{ t('enterprise.hazards') }}</el-button>
              <el-button v-if="e.editable" plain icon="Search" tag="a" :href="'#/inspections/new?enterpriseId=' + id"
                         data-testid="enterprise-inspect">{{ t('inspection.create') }}</el-button>
              <el-button plain icon="Stamp" tag="a" :href="'#/enforcement/cases?enterpriseId=' + id"
                         data-testid="enterprise-cases">{{ t('nav.cases') }}</el-button>
            </div>
          </template>
          <el-descriptions v-if="state.enterprise" :column="2" border class="sg-descriptions" data-testid="enterprise-fields">
            <el-descriptions-item :label="t('enterprise.name')">{{ e.name }}</el-descriptions-item>
            <el-descriptions-item :label="t('enterprise.creditCode')"><span class="sg-mono">{{ e.creditCode }}</span></el-descriptions-item>
            <el-descriptions-item :label="t('enterprise.address')" :span="2">{{ e.address }}</el-descriptions-item>
            <el-descriptions-item :label="t('enterprise.village')">{{ villageName(e.village) }}</el-descriptions-item>
            <el-descriptions-item :label="t('enterprise.sector')">{{ sectorName(e.sector) }}</el-descriptions-item>
            <el-descriptions-item :label="t('enterprise.department')">{{ departmentName(e.department) }}</el-descriptions-item>
            <el-descriptions-item :label="t('enterprise.secondDepartment')">
              {{ e.secondDepartment ? departmentName(e.secondDepartment) : t('enterprise.none') }}</el-descriptions-item>
            <el-descriptions-item :label="t('enterprise.staffCount')">
              {{ e.staffCount }}
              <el-tag v-if="e.small" size="small" type="info" effect="plain" class="sg-small-tag">{{ t('enterprise.smallTag') }}</el-tag>
            </el-descriptions-item>
            <el-descriptions-item :label="t('enterprise.status')">
              <el-tag :type="statusTag(e.status)" size="small" data-testid="enterprise-status-tag">{{ statusLabel(e.status) }}</el-tag>
            </el-descriptions-item>
            <el-descriptions-item :label="t('enterprise.riskLevel')">
              <el-tag v-if="e.riskLevel" :class="riskClass(e.riskLevel)" effect="dark" size="small">{{ riskLabel(e.riskLevel) }}</el-tag>
            </el-descriptions-item>
            <el-descriptions-item :label="t('enterprise.flags')">
              <EnterpriseTags :flags="e.flags" /><span v-if="!(e.flags || []).length" class="sg-muted">{{ t('enterprise.none') }}</span>
            </el-descriptions-item>
            <el-descriptions-item :label="t('enterprise.createdAt')">{{ dateTime(e.createdAt) }}</el-descriptions-item>
            <el-descriptions-item :label="t('enterprise.updatedAt')">{{ dateTime(e.updatedAt) }}</el-descriptions-item>
          </el-descriptions>
        </el-card>
        <el-row v-if="state.enterprise" :gutter="16">
          <el-col :xs="24" :lg="12">
            <el-card shadow="never" class="sg-section" data-testid="enterprise-contacts">
              <template #header><span class="sg-card-title">{{ t('enterprise.contacts') }}</span></template>
              <el-table :data="e.contacts || []" size="small" :empty-text="t('enterprise.noContacts')">
                <el-table-column prop="name" :label="t('enterprise.contactName')" min-width="100" />
                <el-table-column prop="position" :label="t('enterprise.contactPosition')" min-width="100" />
                <el-table-column prop="phone" :label="t('enterprise.contactPhone')" min-width="130" />
              </el-table>
            </el-card>
            <FrequencyCard :enterprise-id="id" />
          </el-col>
          <el-col :xs="24" :lg="12">
            <PlateSummary :key="state.plateKey" :enterprise-id="id" />
          </el-col>
        </el-row>
      </template>
      <EnterpriseDialog v-if="e.editable" v-model="state.editing" :enterprise="state.enterprise" @saved="saved"
                        @stale="load" />
    </div>`,
};
