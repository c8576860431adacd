// Page "duty-log" (#/m/emergency/duty-log): the duty log, newest first, by day range and category.
import { reactive, ref, computed, onMounted } from 'vue';
import { useModule, showDateTime, compact, DATE_FORMAT } from './util.js';
import LogDialog, { CATEGORIES } from './log-dialog.js';

const TAG = { INFO: 'info', INCIDENT: 'danger', REPORT: 'warning', HANDOVER: 'success', CALL: 'primary' };

export default {
  name: 'EmergencyDutyLogPage',
  components: { LogDialog },
  setup() {
    const { sg, t, fail } = useModule();
    const rows = ref([]);
    const total = ref(0);
    const loading = ref(false);
    const query = reactive({ page: 1, size: 20, range: null, category: null });
    const dialog = reactive({ open: false, entry: null });
    const canEdit = computed(() => sg.can('emergency:edit'));

    async function load() {
      loading.value = true;
      try {
        const [from, to] = query.range || [];
        const answer = await sg.api('log', { query: compact({
          page: query.page - 1, size: query.size, from, to, category: query.category,
        }) });
        rows.value = answer.items;
        total.value = answer.total;
      } catch (e) {
        fail(e);
      } finally {
        loading.value = false;
      }
    }

    function search() {
      query.page = 1;
      load();
    }

    function open(entry) {
      dialog.entry = entry;
      dialog.open = true;
    }

    onMounted(load);
    return { t, rows, total, loading, query, dialog, canEdit, load, search, open, showDateTime,
      CATEGORIES, TAG, DATE_FORMAT };
  },
  template: `
<div class="sg-emergency-log">
  <el-card shadow="never">
    <template #header>
      <div style="display: flex; flex-wrap: wrap; gap: 8px; align-items: center">
        <strong style="margin-right: auto">{{ t('log.title') }}</strong>
        <el-date-picker v-model="query.range" type="daterange" :value-format="DATE_FORMAT" unlink-panels
            :start-placeholder="t('common.from')" :end-placeholder="t('common.to')" @change="search"
            data-testid="duty-log-range" />
        <el-select v-model="query.category" clearable :placeholder="t('log.allCategories')" style="width: 140px"
            @change="search" data-testid="duty-log-filter-category">
          <el-option v-for="c in CATEGORIES" :key="c" :value="c" :label="t('category.' + c)" />
        </el-select>
        <el-button v-if="canEdit" type="primary" @click="open(null)" data-testid="duty-log-add">
          {{ t('log.add') }}</el-button>
      </div>
    </template>
    <el-table :data="rows" v-loading="loading" :empty-text="t('log.empty')" row-key="id" stripe
        data-testid="duty-log-table">
      <el-table-column type="expand">
        <template #default="{ row }">
          <div style="padding: 4px 48px; white-space: pre-wrap">{{ row.details || t('common.none') }}</div>
        </template>
      </el-table-column>
      <el-table-column :label="t('log.occurredAt')" width="150">
        <template #default="{ row }">{{ showDateTime(row.occurredAt) }}</template>
      </el-table-column>
      <el-table-column :label="t('log.category')" width="110">
        <template #default="{ row }">
          <el-tag :type="TAG[row.category]" disable-transitions>{{ t('category.' + row.category) }}</el-tag>
        </template>
      </el-table-column>
      <el-table-column prop="summary" :label="t('log.summary')" min-width="240" show-overflow-tooltip />
      <el-table-column prop="reporter" :label="t('log.reporter')" width="120" />
      <el-table-column prop="createdBy" :label="t('log.createdBy')" width="110" />
      <el-table-column v-if="canEdit" :label="t('common.actions')" width="90">
        <template #default="{ row }">
          <el-button link type="primary" @click="open(row)">{{ t('common.edit') }}</el-button>
        </template>
      </el-table-column>
    </el-table>
    <el-pagination style="margin-top: 12px; justify-content: flex-end" background
        layout="total, sizes, prev, pager, next" :total="total" :page-sizes="[20, 50, 100]"
        v-model:current-page="query.page" v-model:page-size="query.size" @current-change="load"
        @size-change="search" />
  </el-card>
  <log-dialog v-model="dialog.open" :entry="dialog.entry" @saved="load" />
</div>`,
};
