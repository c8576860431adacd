// Page "roster" (#/m/emergency/roster): who is on duty now, and the duty roster, latest first.
import { reactive, ref, computed, onMounted, onUnmounted } from 'vue';
import { useModule, showDateTime, showTime, compact, DATE_FORMAT } from './util.js';
import ShiftDialog from './shift-dialog.js';

const TAG = { DAY: 'warning', NIGHT: 'info', FULL_DAY: 'danger' };
const REFRESH_MS = 60_000;

export default {
  name: 'EmergencyRosterPage',
  components: { ShiftDialog },
  setup() {
    const { sg, t, fail } = useModule();
    const rows = ref([]);
    const total = ref(0);
    const loading = ref(false);
    const now = ref(null);
    const query = reactive({ page: 1, size: 20, range: null });
    const dialog = reactive({ open: false, shift: null });
    const canEdit = computed(() => sg.can('emergency:edit'));
    let timer = null;

    async function loadCurrent() {
      try {
        now.value = await sg.api('roster/current');
      } catch (e) {
        fail(e);
      }
    }

    async function load() {
      loading.value = true;
      try {
        const [from, to] = query.range || [];
        const answer = await sg.api('shifts', { query: compact({ page: query.page - 1, size: query.size, from, to }) });
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

    function open(shift) {
      dialog.shift = shift;
      dialog.open = true;
    }

    function saved() {
      load();
      loadCurrent();
    }

    onMounted(() => {
      load();
      loadCurrent();
      timer = setInterval(loadCurrent, REFRESH_MS);
    });
    onUnmounted(() => clearInterval(timer));

    return { t, rows, total, loading, now, query, dialog, canEdit, load, search, open, saved,
      showDateTime, showTime, TAG, DATE_FORMAT };
  },
  template: `
<div class="sg-emergency-roster">
  <el-card shadow="always" data-testid="roster-now"
      :style="{ marginBottom: '16px', borderLeft: '6px solid ' + (now && now.shifts.length ? '#67c23a' : '#f56c6c') }">
    <template #header>
      <div style="display: flex; align-items: center; gap: 8px">
        <strong>{{ t('roster.onDutyNow') }}</strong>
        <span v-if="now" style="color: #909399; font-size: 13px">
          {{ t('roster.asOf', { time: showDateTime(now.at) }) }}</span>
      </div>
    </template>
    <el-alert v-if="now && !now.shifts.length" type="error" :closable="false" show-icon
        :title="t('roster.nobodyOnDuty')" />
    <el-descriptions v-for="s in (now ? now.shifts : [])" :key="s.id" :column="3" border
        style="margin-bottom: 8px" data-testid="roster-now-shift">
      <el-descriptions-item :label="t('roster.kind')">
        <el-tag :type="TAG[s.kind]" disable-transitions>{{ t('kind.' + s.kind) }}</el-tag>
        {{ showTime(s.startAt, s.date) }} – {{ showTime(s.endAt, s.date) }}
      </el-descriptions-item>
      <el-descriptions-item :label="t('roster.leader')">
        <strong>{{ s.leader }}</strong>
        <a v-if="s.leaderPhone" :href="'tel:' + s.leaderPhone" style="margin-left: 8px">{{ s.leaderPhone }}</a>
      </el-descriptions-item>
      <el-descriptions-item :label="t('roster.officer')">
        <strong>{{ s.officer }}</strong>
        <a v-if="s.officerPhone" :href="'tel:' + s.officerPhone" style="margin-left: 8px">{{ s.officerPhone }}</a>
      </el-descriptions-item>
    </el-descriptions>
  </el-card>

  <el-card shadow="never">
    <template #header>
      <div style="display: flex; flex-wrap: wrap; gap: 8px; align-items: center">
        <strong style="margin-right: auto">{{ t('roster.title') }}</strong>
        <el-date-picker v-model="query.range" type="daterange" :value-format="DATE_FORMAT" unlink-panels
            :start-placeholder="t('common.from')" :end-placeholder="t('common.to')" @change="search"
            data-testid="roster-range" />
        <el-button v-if="canEdit" type="primary" @click="open(null)" data-testid="roster-add">
          {{ t('roster.add') }}</el-button>
      </div>
    </template>
    <el-table :data="rows" v-loading="loading" :empty-text="t('roster.empty')" row-key="id" stripe
        data-testid="roster-table">
      <el-table-column prop="date" :label="t('roster.date')" width="110" />
      <el-table-column :label="t('roster.kind')" width="90">
        <template #default="{ row }">
          <el-tag :type="TAG[row.kind]" disable-transitions>{{ t('kind.' + row.kind) }}</el-tag>
        </template>
      </el-table-column>
      <el-table-column :label="t('roster.time')" width="150">
        <template #default="{ row }">{{ showTime(row.startAt, row.date) }} – {{ showTime(row.endAt, row.date) }}</template>
      </el-table-column>
      <el-table-column prop="leader" :label="t('roster.leader')" width="110" />
      <el-table-column prop="leaderPhone" :label="t('roster.leaderPhone')" width="140" />
      <el-table-column prop="officer" :label="t('roster.officer')" width="110" />
      <el-table-column prop="officerPhone" :label="t('roster.officerPhone')" width="140" />
      <el-table-column prop="note" :label="t('roster.note')" min-width="160" show-overflow-tooltip />
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
  <shift-dialog v-model="dialog.open" :shift="dialog.shift" @saved="saved" />
</div>`,
};
