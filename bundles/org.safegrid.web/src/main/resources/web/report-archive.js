// #/reports/archive: the monthly reports kept as they were generated (GET /api/reports/archive: the town's, each
// department's and each village's, as far as the reader's scope goes), each to open (#/reports/archive/<id>) or
// export; administrators and the committee office may archive a month that is over now (POST, 409 when it is kept).
import { computed, onMounted, ref, watch } from 'vue';
import { request } from './api.js';
import { t } from './i18n.js';
import { errorText } from './forms.js';
import { route } from './router.js';
import { notify } from './sg.js';
import { dateTime } from './enterprise-terms.js';
import { PAGE_SIZES, usePagedList, useUrlFilters } from './list-page.js';
import { addDays, isoDay, today } from './dates.js';
import { currentMonth, monthOf } from './report-periods.js';
import { mayArchive } from './reports-routes.js';
import ReportExport from './report-export.js';

/** The month before this one: what the scheduled archive keeps, and the default to archive by hand. */
const lastMonth = () => monthOf(addDays(`${currentMonth()}-01`, -1));

// an archive entry's fields, read leniently
export const periodKey = (item) => item?.period?.key ?? item?.periodKey ?? (typeof item?.period === 'string' ? item.period : '');
export const archivedAt = (item) => item?.archivedAt ?? item?.generatedAt ?? item?.createdAt ?? null;

export default {
  name: 'ReportArchivePage',
  components: { ReportExport },
  setup() {
    const { filters, apply } = useUrlFilters('reportArchive', { page: 1, size: 20 });
    const { list, load } = usePagedList('/api/reports/archive', () => ({ page: filters.page - 1, size: filters.size }));
    onMounted(load);
    watch(() => route.query, () => {
      if (route.name === 'reportArchive') load();
    });
    const month = ref(lastMonth());
    const archiving = ref(false);
    const allowed = computed(() => mayArchive());
    // only a month that is over may be archived
    const openMonth = (date) => monthOf(isoDay(date)) >= monthOf(today());
    async function archiveNow() {
      if (!month.value) return;
      archiving.value = true;
      try {
        await request('/api/reports/archive', { method: 'POST', query: { period: month.value } });
        notify('success', t('reports.archiveDone', { period: month.value }));
        await load();
      } catch (e) {
        const text = errorText(e);
        if (text) notify('error', text);
      } finally {
        archiving.value = false;
      }
    }
    const unitName = (item) => item.name ?? item.unitName ?? (item.unit === 'town' ? t('reports.kind.TOWN') : item.unit);
    const by = (item) => (item.generatedBy === 'system' ? t('reports.bySchedule') : item.generatedBy ?? '');
    return { filters, apply, list, load, month, archiving, allowed, openMonth, archiveNow, unitName, periodKey,
      archivedAt, by, dateTime, t, PAGE_SIZES };
  },
  template: `
    <el-card shadow="never" class="sg-section" data-testid="report-archive-page">
      <template #header>
        <div class="sg-card-header sg-wrap">
          <div>
            <span class="sg-card-title">{{ t('nav.reportArchive') }}</span>
            <span class="sg-muted sg-subtitle">{{ t('reports.archiveSubtitle') }}</span>
          </div>
          <div class="sg-toolbar">
            <template v-if="allowed">
              <span class="sg-date" data-testid="report-archive-month"><el-date-picker v-model="month" type="month"
                    value-format="YYYY-MM" :disabled-date="openMonth" :clearable="false" /></span>
              <el-button type="primary" icon="FolderAdd" :loading="archiving" data-testid="report-archive-now"
                         @click="archiveNow">{{ t('reports.archiveNow') }}</el-button>
            </template>
            <el-button icon="Refresh" :loading="list.loading" data-testid="report-archive-refresh" @click="load">{{ t('common.refresh') }}</el-button>
          </div>
        </div>
      </template>
      <el-alert v-if="list.error && list.error.status === 404" type="warning" :closable="false" show-icon
                :title="t('reports.unavailable')" :description="t('reports.unavailableDetail')" class="sg-section" />
      <el-table :data="list.items" v-loading="list.loading" border row-key="id" :empty-text="t('reports.archiveEmpty')"
                data-testid="report-archive-table">
        <el-table-column :label="t('reports.period')" width="130">
          <template #default="{ row }"><a :href="'#/reports/archive/' + encodeURIComponent(row.id)" class="sg-link"
             :data-testid="'report-archive-open-' + row.id">{{ periodKey(row) }}</a></template>
        </el-table-column>
        <el-table-column :label="t('reports.title')" min-width="220">
          <template #default="{ row }">{{ row.title || unitName(row) }}</template>
        </el-table-column>
        <el-table-column :label="t('reports.kindLabel')" width="110">
          <template #default="{ row }">{{ row.kind ? t('reports.kind.' + row.kind) : '' }}</template>
        </el-table-column>
        <el-table-column :label="t('reports.archivedAt')" width="160">
          <template #default="{ row }">{{ dateTime(archivedAt(row)) }}</template>
        </el-table-column>
        <el-table-column :label="t('reports.archivedBy')" width="110">
          <template #default="{ row }">{{ by(row) }}</template>
        </el-table-column>
        <el-table-column :label="t('common.actions')" width="330">
          <template #default="{ row }">
            <div class="sg-report-archive-actions">
              <el-button size="small" icon="View" tag="a" :href="'#/reports/archive/' + encodeURIComponent(row.id)">{{ t('reports.open') }}</el-button>
              <ReportExport :path="'/api/reports/archive/' + encodeURIComponent(row.id) + '/export'"
                            :file-stem="'report-archive-' + row.id" class="sg-report-export-small" />
            </div>
          </template>
        </el-table-column>
      </el-table>
      <el-pagination v-if="list.total > filters.size" class="sg-pagination" background layout="total, sizes, prev, pager, next"
                     :total="list.total" :current-page="filters.page" :page-size="filters.size" :page-sizes="PAGE_SIZES"
                     @current-change="apply({ page: $event })" @size-change="apply({ size: $event })" />
    </el-card>`,
};
