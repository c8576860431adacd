// #/duties: 我的履职, what the user's layer owes (GET /api/duties/owed: due, overdue, done over the last 30 days) and
// the entries recorded (GET /api/duties); 记录履职 adds one by hand. The inbox's duty items link here with
// ?kind=&period=, which opens the form for that duty.
import { onMounted, reactive } from 'vue';
import { request } from './api.js';
import { t } from './i18n.js';
import { errorText } from './forms.js';
import { route } from './router.js';
import { dateTime } from './enterprise-terms.js';
import { cadenceLabel, dueStateLabel, dueStateTag } from './hazard-terms.js';
import { usePagedList } from './list-page.js';
import { refreshInbox } from './inbox-state.js';
import DutyDialog from './duty-dialog.js';

export default {
  name: 'DutiesPage',
  components: { DutyDialog },
  setup() {
    const owed = reactive({ items: [], loading: true, error: '' });
    const paging = reactive({ page: 1, size: 20 });
    const { list, load: loadEntries } = usePagedList('/api/duties', () => ({ page: paging.page - 1, size: paging.size }));
    const dialog = reactive({ open: false, kind: route.query.kind ?? '', period: route.query.period ?? '' });
    async function loadOwed() {
      owed.loading = true;
      try {
        owed.items = (await request('/api/duties/owed')) ?? [];
        owed.error = '';
      } catch (e) {
        owed.error = errorText(e) ?? '';
      } finally {
        owed.loading = false;
      }
    }
    const load = () => Promise.all([loadOwed(), loadEntries()]);
    onMounted(async () => {
      await load();
      if (dialog.kind) dialog.open = true;
    });
    function record(item) {
      Object.assign(dialog, { open: true, kind: item?.kind ?? '', period: item?.periodKey ?? '' });
    }
    function saved() {
      load();
      refreshInbox();
    }
    const page = (n) => {
      paging.page = n;
      loadEntries();
    };
    return { owed, list, paging, dialog, record, saved, page, t, dateTime, cadenceLabel, dueStateLabel, dueStateTag };
  },
  template: `
    <div data-testid="duties-page">
      <el-card shadow="never" class="sg-section" v-loading="owed.loading">
        <template #header>
          <div class="sg-card-header sg-wrap">
            <div>
              <span class="sg-card-title">{{ t('duty.title') }}</span>
              <span class="sg-muted sg-subtitle">{{ t('duty.subtitle') }}</span>
            </div>
            <el-button v-if="owed.items.length" type="primary" icon="EditPen" data-testid="duties-record" @click="record(null)">{{ t('duty.record') }}</el-button>
          </div>
        </template>
        <el-alert v-if="owed.error" type="error" :closable="false" show-icon :title="owed.error" />
        <el-empty v-else-if="!owed.loading && !owed.items.length" :description="t('duty.nothingOwed')" data-testid="duties-nothing" />
        <el-table v-else :data="owed.items" size="small" border data-testid="duties-owed">
          <el-table-column :label="t('duty.kindLabel')" min-width="160"><template #default="{ row }">{{ t('duty.kind.' + row.kind) }}</template></el-table-column>
          <el-table-column :label="t('template.cadence')" width="80"><template #default="{ row }">{{ cadenceLabel(row.cadence) }}</template></el-table-column>
          <el-table-column :label="t('duty.period')" width="190"><template #default="{ row }">{{ row.periodKey }}<span class="sg-muted"> （{{ row.start }} ~ {{ row.end }}）</span></template></el-table-column>
          <el-table-column :label="t('duty.state')" width="90" align="center">
            <template #default="{ row }"><el-tag :type="dueStateTag(row.state)" size="small" effect="dark">{{ dueStateLabel(row.state) }}</el-tag></template>
          </el-table-column>
          <el-table-column width="110" align="center">
            <template #default="{ row }"><el-button v-if="row.state !== 'DONE'" link type="primary" :data-testid="'duties-record-' + row.kind + '-' + row.periodKey"
              @click="record(row)">{{ t('duty.record') }}</el-button></template>
          </el-table-column>
        </el-table>
      </el-card>
      <el-card shadow="never" class="sg-section">
        <template #header><span class="sg-card-title">{{ t('duty.entries') }}</span></template>
        <el-table :data="list.items" v-loading="list.loading" size="small" :empty-text="t('duty.noEntries')" data-testid="duties-entries">
          <el-table-column :label="t('duty.kindLabel')" min-width="150"><template #default="{ row }">{{ t('duty.kind.' + row.kind) }}</template></el-table-column>
          <el-table-column :label="t('duty.period')" prop="periodKey" width="110" />
          <el-table-column :label="t('duty.note')" prop="note" min-width="220" show-overflow-tooltip />
          <el-table-column :label="t('duty.how')" width="90"><template #default="{ row }">{{ row.automatic ? t('duty.automatic') : t('duty.manual') }}</template></el-table-column>
          <el-table-column :label="t('duty.at')" width="140"><template #default="{ row }">{{ dateTime(row.createdAt) }}</template></el-table-column>
        </el-table>
        <el-pagination class="sg-pagination" data-testid="duties-pagination" background layout="total, prev, pager, next" :total="list.total"
                       :current-page="paging.page" :page-size="paging.size" @current-change="page" />
      </el-card>
      <DutyDialog v-model="dialog.open" :owed="owed.items" :kind="dialog.kind" :period="dialog.period" @saved="saved" />
    </div>`,
};
