// #/enterprises/<id>/checklists: 隐患排查, the enterprise's due, overdue and done self-inspections
// (GET /api/checklists/due), its record of the last 30 days and its latest submissions. Each card opens the form.
import { computed, onMounted, reactive } from 'vue';
import { request } from './api.js';
import { t } from './i18n.js';
import { errorText } from './forms.js';
import { back, route } from './router.js';
import { afterToday } from './dates.js';
import { dateTime } from './enterprise-terms.js';
import { cadenceLabel, dueStateLabel, dueStateTag, periodSpan, templateName } from './hazard-terms.js';
import { RecordMissing, useRecord } from './record-page.js';
import ComplianceCard from './compliance-card.js';

export default {
  name: 'ChecklistDuePage',
  components: { ComplianceCard, RecordMissing },
  setup() {
    const id = route.params.id;
    const { state: enterprise, load: loadEnterprise } = useRecord(`/api/enterprises/${id}`);
    const due = reactive({ data: null, loading: true, error: '', date: '' });
    const extra = reactive({ compliance: null, submissions: [] });

    async function loadDue() {
      due.loading = true;
      try {
        due.data = await request('/api/checklists/due', { query: { enterpriseId: id, date: due.date || undefined } });
      due.error = '';
      } catch (e) {
        due.data = null;
        due.error = e.status === 404 ? '' : (errorText(e) ?? '');
      } finally {
        due.loading = false;
      }
    }
    async function loadExtra() {
      const [compliance, submissions] = await Promise.allSettled([
        request('/api/checklists/compliance', { query: { enterpriseId: id } }),
        request('/api/checklists/submissions', { query: { enterpriseId: id, size: 10 } }),
      ]);
      extra.compliance = compliance.status === 'fulfilled' ? compliance.value : null;
      extra.submissions = submissions.status === 'fulfilled' ? (submissions.value?.items ?? []) : [];
    }
    const load = () => Promise.all([loadEnterprise(), loadDue(), loadExtra()]);
    onMounted(load);

    const items = computed(() => due.data?.items ?? []);
    const mayFill = computed(() => !!enterprise.data?.editable);
    const fillLink = (e) => `#/enterprises/${id}/checklists/${encodeURIComponent(e.templateCode)}/${encodeURIComponent(e.period.key)}`;
    const key = (e) => `${e.templateCode}-${e.period.key}`;
    return { id, enterprise, due, extra, items, mayFill, load, loadDue, fillLink, key, back: () => back(`/enterprises/${id}`),
      t, afterToday, dateTime, cadenceLabel, dueStateLabel, dueStateTag, periodSpan, templateName };
  },
  template: `
    <div data-testid="checklist-due-page">
      <RecordMissing v-if="enterprise.missing" :title="t('enterprise.notFound')" back="#/enterprises" :back-label="t('enterprise.backToList')" />
      <template v-else>
        <el-card shadow="never" class="sg-section" v-loading="due.loading">
          <template #header>
            <div class="sg-card-header sg-wrap">
              <div>
                <span class="sg-card-title">{{ t('checklist.dueTitle') }}</span>
                <span class="sg-muted sg-subtitle"><a :href="'#/enterprises/' + id" class="sg-link" data-testid="checklist-due-enterprise"
                  >{{ (due.data && due.data.enterpriseName) || (enterprise.data && enterprise.data.name) }}</a></span>
              </div>
              <div class="sg-toolbar">
                <span class="sg-date" data-testid="checklist-due-date"><el-date-picker v-model="due.date" type="date" value-format="YYYY-MM-DD" :disabled-date="afterToday" clearable
                                :placeholder="t('checklist.onDay')" class="sg-due-date" @change="loadDue" /></span>
                <el-button icon="Back" data-testid="checklist-due-back" @click="back">{{ t('common.back') }}</el-button>
                <el-button icon="Refresh" data-testid="checklist-due-refresh" @click="load">{{ t('common.refresh') }}</el-button>
              </div>
            </div>
          </template>
          <el-alert v-if="due.error" type="error" :closable="false" show-icon :title="due.error" />
          <el-alert v-if="due.data && !due.data.operating" type="info" :closable="false" show-icon
                    data-testid="checklist-not-operating" :title="t('checklist.notOperating')" />
          <el-empty v-else-if="due.data && !items.length" :description="t('checklist.nothingDue')" data-testid="checklist-due-empty" />
          <div v-else class="sg-due-grid">
            <div v-for="e in items" :key="key(e)" class="sg-due-card" :class="'is-' + e.state.toLowerCase()"
                 :data-testid="'checklist-due-' + key(e)">
              <div class="sg-due-head">
                <el-tag :type="dueStateTag(e.state)" effect="dark" size="small" :data-testid="'checklist-due-state-' + key(e)">{{ dueStateLabel(e.state) }}</el-tag>
                <el-tag effect="plain" size="small">{{ cadenceLabel(e.cadence) }}</el-tag>
                <span class="sg-muted">{{ e.period.key }}</span>
              </div>
              <div class="sg-due-name">{{ templateName(e) }}</div>
              <div class="sg-muted">{{ periodSpan(e.period) }}</div>
              <div class="sg-due-actions">
                <el-button v-if="e.state === 'DONE'" tag="a" :href="'#/checklists/submissions/' + e.submissionId" icon="View"
                           :data-testid="'checklist-view-' + key(e)">{{ t('checklist.viewSubmission') }}</el-button>
                <el-button v-else-if="mayFill" tag="a" :href="fillLink(e)" type="primary" icon="EditPen" size="large"
                           :data-testid="'checklist-fill-' + key(e)">{{ t('checklist.fill') }}</el-button>
                <span v-else class="sg-muted">{{ t('checklist.readOnly') }}</span>
              </div>
            </div>
          </div>
        </el-card>
        <el-row :gutter="16">
          <el-col :xs="24" :lg="10">
            <el-card v-if="extra.compliance" shadow="never" class="sg-section">
              <template #header><span class="sg-card-title">{{ t('compliance.title') }}</span></template>
              <ComplianceCard :compliance="extra.compliance" testid="checklist-compliance" />
            </el-card>
          </el-col>
          <el-col :xs="24" :lg="14">
            <el-card shadow="never" class="sg-section" data-testid="checklist-submissions">
              <template #header><span class="sg-card-title">{{ t('checklist.recent') }}</span></template>
              <el-table :data="extra.submissions" size="small" :empty-text="t('checklist.noSubmissions')">
                <el-table-column :label="t('checklist.periodLabel')" min-width="110">
                  <template #default="{ row }"><a :href="'#/checklists/submissions/' + row.id" class="sg-link">{{ row.period.key }}</a></template>
                </el-table-column>
                <el-table-column :label="t('template.name')" min-width="160" show-overflow-tooltip>
                  <template #default="{ row }">{{ templateName(row) }}</template>
                </el-table-column>
                <el-table-column :label="t('checklist.failedItems')" width="90" align="center">
                  <template #default="{ row }"><el-tag :type="row.failedItems ? 'danger' : 'success'" size="small">{{ row.failedItems }}</el-tag></template>
                </el-table-column>
                <el-table-column :label="t('checklist.submittedAt')" width="140">
                  <template #default="{ row }">{{ dateTime(row.submittedAt) }}</template>
                </el-table-column>
              </el-table>
            </el-card>
          </el-col>
        </el-row>
      </template>
    </div>`,
};
