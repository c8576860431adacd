// Page "events" (#/m/culture/events): the large-event register, latest first, by start-day range and assessment;
// #/m/culture/events?event=12 (the link of the alerts) opens that event.
import { computed, onMounted, reactive, ref } from 'vue';
import { ElMessageBox } from 'element-plus';
import { useModule, showDateTime, DATE_FORMAT } from './util.js';
import EventDialog from './event-dialog.js';
import Problems from './problems.js';

function eventFromHash() {
  const value = new URLSearchParams(window.location.hash.split('?')[1] || '').get('event');
  return /^\d+$/.test(value || '') ? Number(value) : null;
}

export default {
  name: 'CultureEventsPage',
  components: { EventDialog, Problems },
  setup() {
    const { sg, t, fail } = useModule();
    const rows = ref([]);
    const total = ref(0);
    const loading = ref(false);
    const query = reactive({ page: 1, size: 20, range: null, assessed: '' });
    const dialog = reactive({ open: false, event: null });
    const canEdit = computed(() => sg.can('culture:edit'));

    async function load() {
      loading.value = true;
      try {
        const [from, to] = query.range || [];
        const answer = await sg.api('events', { query: {
          page: query.page - 1, size: query.size, from, to, assessed: query.assessed || undefined,
        } });
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

    function open(event) {
      dialog.event = event;
      dialog.open = true;
    }

    async function openLinked() {
      const id = eventFromHash();
      if (!id) return;
      try {
        open(await sg.api(`events/${id}`));
      } catch (e) {
        fail(e);
      }
    }

    async function remove(event) {
      try {
        await ElMessageBox.confirm(t('event.removeConfirm', { name: event.name }), t('event.remove'),
          { type: 'warning', confirmButtonText: t('event.remove'), cancelButtonText: t('common.cancel') });
      } catch {
        return;
      }
      try {
        await sg.api(`events/${event.id}`, { method: 'DELETE', query: { version: event.version } });
        sg.notify('success', t('event.removed'));
      } catch (e) {
        fail(e);
      }
      load();
    }

    onMounted(() => { load(); openLinked(); });
    return { t, rows, total, loading, query, dialog, canEdit, load, search, open, remove, showDateTime, DATE_FORMAT };
  },
  template: `
<div class="sg-culture-events">
  <el-card shadow="never">
    <template #header>
      <div style="display: flex; flex-wrap: wrap; gap: 8px; align-items: center">
        <strong style="margin-right: auto">{{ t('event.title') }}</strong>
        <el-date-picker v-model="query.range" type="daterange" :value-format="DATE_FORMAT" unlink-panels
            :start-placeholder="t('common.from')" :end-placeholder="t('common.to')" @change="search"
            data-testid="events-range" />
        <el-select v-model="query.assessed" style="width: 140px" @change="search" data-testid="events-assessed">
          <el-option value="" :label="t('event.allAssessments')" />
          <el-option value="true" :label="t('event.assessedOnly')" />
          <el-option value="false" :label="t('event.unassessedOnly')" />
        </el-select>
        <el-button v-if="canEdit" type="primary" @click="open(null)" data-testid="events-add">{{ t('event.add') }}</el-button>
      </div>
    </template>
    <el-table :data="rows" v-loading="loading" :empty-text="t('event.empty')" row-key="id" stripe
        data-testid="events-table">
      <el-table-column :label="t('event.startAt')" width="140">
        <template #default="{ row }">{{ showDateTime(row.startAt) }}</template>
      </el-table-column>
      <el-table-column :label="t('event.name')" min-width="180" show-overflow-tooltip>
        <template #default="{ row }">
          <span :style="row.cancelled ? 'text-decoration: line-through' : ''">{{ row.name }}</span>
          <el-tag v-if="row.cancelled" size="small" type="info" style="margin-left: 4px">{{ t('event.cancelled') }}</el-tag>
        </template>
      </el-table-column>
      <el-table-column prop="organiser" :label="t('event.organiser')" min-width="150" show-overflow-tooltip />
      <el-table-column prop="venue" :label="t('event.venue')" min-width="140" show-overflow-tooltip />
      <el-table-column :label="t('event.attendance')" width="120">
        <template #default="{ row }">{{ row.attendance }}<span v-if="row.capacity"> / {{ row.capacity }}</span></template>
      </el-table-column>
      <el-table-column :label="t('event.assessment')" width="120">
        <template #default="{ row }">{{ row.assessed ? t('result.' + row.result) : t('event.notAssessed') }}</template>
      </el-table-column>
      <el-table-column :label="t('event.problems')" min-width="180">
        <template #default="{ row }"><problems :problems="row.problems" :t="t" /></template>
      </el-table-column>
      <el-table-column :label="t('common.actions')" width="120">
        <template #default="{ row }">
          <el-button link type="primary" @click="open(row)">{{ canEdit ? t('common.edit') : t('common.view') }}</el-button>
          <el-button v-if="canEdit" link type="danger" @click="remove(row)">{{ t('event.remove') }}</el-button>
        </template>
      </el-table-column>
    </el-table>
    <el-pagination style="margin-top: 12px; justify-content: flex-end" background
        layout="total, sizes, prev, pager, next" :total="total" :page-sizes="[20, 50, 100]"
        v-model:current-page="query.page" v-model:page-size="query.size" @current-change="load"
        @size-change="search" />
  </el-card>
  <event-dialog v-model="dialog.open" :event="dialog.event" :readonly="!canEdit" @saved="load" />
</div>`,
};
