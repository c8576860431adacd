// Page "reservoirs" (#/m/agriculture/reservoirs): the reservoirs and ponds with their flood-season state, filters,
// the add/edit dialog and each one's inspections.
import { reactive, ref, computed, onMounted } from 'vue';
import { useModule, compact } from './util.js';
import ReservoirDialog, { KINDS } from './reservoir-dialog.js';
import InspectionsDrawer from './inspections-drawer.js';

export default {
  name: 'AgricultureReservoirsPage',
  components: { ReservoirDialog, InspectionsDrawer },
  setup() {
    const { sg, t, fail } = useModule();
    const rows = ref([]);
    const total = ref(0);
    const loading = ref(false);
    const villages = ref([]);
    const query = reactive({ page: 1, size: 20, text: '', village: null, kind: null, overdue: false });
    const dialog = reactive({ open: false, reservoir: null });
    const drawer = reactive({ open: false, reservoir: null });
    const canEdit = computed(() => sg.can('agriculture:edit'));
    const villageName = (code) => villages.value.find((v) => v.code === code)?.name || code;

    async function load() {
      loading.value = true;
      try {
        const answer = await sg.api('reservoirs', { query: compact({
          page: query.page - 1, size: query.size, text: query.text, village: query.village, kind: query.kind,
          overdue: query.overdue ? 'true' : null,
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

    function edit(reservoir) {
      dialog.reservoir = reservoir;
      dialog.open = true;
    }

    function showInspections(reservoir) {
      drawer.reservoir = reservoir;
      drawer.open = true;
    }

    onMounted(async () => {
      sg.api('/api/villages').then((list) => { villages.value = list; }).catch(() => { villages.value = []; });
      await load();
    });
    return { t, rows, total, loading, villages, query, dialog, drawer, canEdit, villageName, load, search, edit,
      showInspections, KINDS };
  },
  template: `
<div class="sg-agriculture-reservoirs">
  <el-card shadow="never">
    <template #header>
      <div style="display: flex; flex-wrap: wrap; gap: 8px; align-items: center">
        <strong style="margin-right: auto">{{ t('reservoir.title') }}</strong>
        <el-input v-model="query.text" clearable :placeholder="t('reservoir.text')" style="width: 180px"
            @change="search" data-testid="reservoir-filter-text" />
        <el-select v-model="query.village" clearable filterable :placeholder="t('reservoir.village')"
            style="width: 150px" @change="search" data-testid="reservoir-filter-village">
          <el-option v-for="v in villages" :key="v.code" :value="v.code" :label="v.name" />
        </el-select>
        <el-select v-model="query.kind" clearable :placeholder="t('reservoir.kind')" style="width: 150px"
            @change="search" data-testid="reservoir-filter-kind">
          <el-option v-for="k in KINDS" :key="k" :value="k" :label="t('kind.' + k)" />
        </el-select>
        <el-checkbox v-model="query.overdue" @change="search" data-testid="reservoir-filter-overdue">
          {{ t('reservoir.onlyOverdue') }}</el-checkbox>
        <el-button v-if="canEdit" type="primary" @click="edit(null)" data-testid="reservoir-add">
          {{ t('reservoir.add') }}</el-button>
      </div>
    </template>
    <el-table :data="rows" v-loading="loading" :empty-text="t('reservoir.empty')" row-key="id" stripe
        data-testid="reservoir-table">
      <el-table-column prop="code" :label="t('reservoir.code')" width="110" />
      <el-table-column prop="name" :label="t('reservoir.name')" min-width="150" show-overflow-tooltip />
      <el-table-column :label="t('reservoir.village')" width="120">
        <template #default="{ row }">{{ villageName(row.village) }}</template>
      </el-table-column>
      <el-table-column :label="t('reservoir.kind')" width="130">
        <template #default="{ row }">{{ t('kind.' + row.kind) }}</template>
      </el-table-column>
      <el-table-column prop="capacity" :label="t('reservoir.capacity')" width="140" align="right" />
      <el-table-column prop="responsible" :label="t('reservoir.responsible')" width="100" />
      <el-table-column :label="t('reservoir.lastInspectedOn')" width="120">
        <template #default="{ row }">{{ row.lastInspectedOn || t('common.none') }}</template>
      </el-table-column>
      <el-table-column :label="t('reservoir.dueOn')" width="130">
        <template #default="{ row }">
          <span v-if="row.dueOn">{{ row.dueOn }}</span>
          <el-tag v-if="row.overdue" type="danger" size="small" style="margin-left: 4px" disable-transitions>
            {{ t('reservoir.overdue') }}</el-tag>
        </template>
      </el-table-column>
      <el-table-column :label="t('common.actions')" width="150">
        <template #default="{ row }">
          <el-button link type="primary" @click="showInspections(row)" data-testid="reservoir-inspections">
            {{ t('reservoir.inspections') }}</el-button>
          <el-button v-if="canEdit" link type="primary" @click="edit(row)">{{ t('common.edit') }}</el-button>
        </template>
      </el-table-column>
    </el-table>
    <el-pagination style="margin-top: 12px; justify-content: flex-end" background
        layout="total, sizes, prev, pager, next" :total="total" :page-sizes="[20, 50, 100]"
        v-model:current-page="query.page" v-model:page-size="query.size" @current-change="load"
        @size-change="search" />
  </el-card>
  <reservoir-dialog v-model="dialog.open" :reservoir="dialog.reservoir" :villages="villages" @saved="load" />
  <inspections-drawer v-model="drawer.open" :reservoir="drawer.reservoir" :can-edit="canEdit" @changed="load" />
</div>`,
};
