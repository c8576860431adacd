// The report pages: #/reports (the town), #/reports/dept/<id>, #/reports/village/<code> for the period in the URL
// (?period=2026-11, 2026-W48, 2026-11-28 or ?from=…&to=…; the current month by default), and an archived report
// #/reports/archive/<id> as it was kept. Export to XLSX and PDF; read again when the language changes (the labels
// come from the server in the request's language).
import { computed, onBeforeUnmount, onMounted, reactive, watch } from 'vue';
import { request } from './api.js';
import { locale, t } from './i18n.js';
import { errorText } from './forms.js';
import { replaceQuery, route } from './router.js';
import { overseesTown } from './session.js';
import { ensureReference } from './reference-data.js';
import ReportView from './report-view.js';
import ReportExport from './report-export.js';
import ReportPeriodPicker from './report-period-picker.js';
import { apiQuery, periodOf } from './report-periods.js';

/** Where the page's report comes from, by route. */
function source(name, params) {
  switch (name) {
    case 'reportDept':
      return { path: `/api/reports/departments/${encodeURIComponent(params.department)}`, stem: `report-${params.department}` };
    case 'reportVillage':
      return { path: `/api/reports/villages/${encodeURIComponent(params.village)}`, stem: `report-village-${params.village}` };
    case 'reportArchived':
      return { path: `/api/reports/archive/${encodeURIComponent(params.id)}`, stem: `report-archive-${params.id}`, archived: true };
    default:
      return { path: '/api/reports/town', stem: 'report-town' };
  }
}

export default {
  name: 'ReportPage',
  components: { ReportView, ReportExport, ReportPeriodPicker },
  setup() {
    const name = route.name;
    const from = source(name, route.params);
    const state = reactive({ report: null, loading: false, error: null });
    const period = computed(() => periodOf(route.query));
    const query = computed(() => (from.archived ? {} : apiQuery(period.value)));
    let sequence = 0;
    let alive = true;
    onBeforeUnmount(() => {
      alive = false;
    });

    async function load() {
      const mine = ++sequence;
      state.loading = true;
      try {
        const report = await request(from.path, { query: query.value });
        if (mine !== sequence || !alive) return;
        state.report = report;
        state.error = null;
      } catch (e) {
        if (mine !== sequence || !alive) return;
        state.error = e;
        state.report = null;
      } finally {
        if (mine === sequence) state.loading = false;
      }
    }
    onMounted(() => {
      ensureReference();
      load();
    });
    watch(() => route.query, () => {
      if (route.name === name) load();
    });
    watch(locale, load);

    const choose = (next) => replaceQuery(next);
    const errorTitle = computed(() => {
      const e = state.error;
      if (!e) return '';
      if (e.status === 404) return t('reports.unavailable');
      if (e.status === 403) return t('errors.forbidden');
      return errorText(e) ?? '';
    });
    const title = computed(() => state.report?.title ?? t(from.archived ? 'reports.archivedTitle' : 'reports.townTitle'));
    const fileStem = computed(() => `${from.stem}-${state.report?.period?.key ?? ''}`.replace(/[^\w.-]+/g, '_'));
    const linked = computed(() => overseesTown());
    return { from, state, period, query, load, choose, errorTitle, title, fileStem, linked, t };
  },
  template: `
    <el-card shadow="never" class="sg-section sg-report-page" data-testid="report-page">
      <template #header>
        <div class="sg-card-header sg-wrap">
          <div>
            <span class="sg-card-title">{{ from.archived ? t('reports.archivedTitle') : t('reports.pageTitle') }}</span>
            <span class="sg-muted sg-subtitle">{{ t('reports.pageSubtitle') }}</span>
          </div>
          <div class="sg-toolbar">
            <ReportPeriodPicker v-if="!from.archived" :value="period" @change="choose" />
            <ReportExport :path="from.path + '/export'" :query="query" :file-stem="fileStem" :disabled="!state.report" />
            <el-button icon="Refresh" :loading="state.loading" data-testid="report-refresh" @click="load">{{ t('common.refresh') }}</el-button>
            <el-button v-if="linked" icon="FolderOpened" tag="a" href="#/reports/archive" data-testid="report-archive-link">
              {{ t('nav.reportArchive') }}</el-button>
          </div>
        </div>
      </template>
      <el-alert v-if="state.error" type="error" :closable="false" show-icon :title="errorTitle"
                :description="state.error.status === 404 ? t('reports.unavailableDetail') : ''"
                data-testid="report-error" class="sg-section" />
      <div v-loading="state.loading && !state.report" class="sg-report-body">
        <ReportView v-if="state.report" :report="state.report" :linked="linked" />
      </div>
    </el-card>`,
};
