// Page "billboards" (#/m/citymgmt/billboards): the outdoor billboards with the state of their structural check,
// filters and the add/edit dialog.
import { reactive, ref, computed, onMounted } from 'vue';
import { useModule, compact } from './util.js';
import BillboardDialog, { KINDS } from './billboard-dialog.js';

export default {
  name: 'CityMgmtBillboardsPage',
  components: { BillboardDialog },
  setup() {
    const { sg, t, fail } = useModule();
    const rows = ref([]);
    const total = ref(0);
    const loading = ref(false);
    const villages = ref([]);
    const query = reactive({ page: 1, size: 20, text: '', village: null, kind: null, overdue: false });
    const dialog = reactive({ open: false, billboard: null });
    const canEdit = computed(() => sg.can('citymgmt:edit'));
    const villageName = (code) => villages.value.find((v) => v.code === code)?.name || code;

    async function load() {
      loading.value = true;
      try {
        const answer = await sg.api('billboards', { query: compact({
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

    function edit(billboard) {
      dialog.billboard = billboard;
      dialog.open = true;
    }

    onMounted(async () => {
      sg.api('/api/villages').then((list) => { villages.value = list; }).catch(() => { villages.value = []; });
      await load();
    });
    return { t, rows, total, loading, villages, query, dialog, canEdit, villageName, load, search, edit, KINDS };
  },
  template: `
<div class="sg-citymgmt-billboards">
  <el-card shadow="never">
    <template #header>
      <div style="display: flex; flex-wrap: wrap; gap: 8px; align-items: center">
        <strong style="margin-right: auto">{{ t('billboard.title') }}</strong>
        <el-input v-model="query.text" clearable :placeholder="t('billboard.text')" style="width: 200px"
            @change="search" data-testid="billboard-filter-text" />
        <el-select v-model="query.village" clearable filterable :placeholder="t('billboard.village')"
            style="width: 150px" @change="search" data-testid="billboard-filter-village">
          <el-option v-for="v in villages" :key="v.code" :value="v.code" :label="v.name" />
        </el-select>
        <el-select v-model="query.kind" clearable :placeholder="t('billboard.kind')" style="width: 150px"
            @change="search" data-testid="billboard-filter-kind">
          <el-option v-for="k in KINDS" :key="k" :value="k" :label="t('kind.' + k)" />
        </el-select>
        <el-checkbox v-model="query.overdue" @change="search" data-testid="billboard-filter-overdue">
          {{ t('billboard.onlyOverdue') }}</el-checkbox>
        <el-button v-if="canEdit" type="primary" @click="edit(null)" data-testid="billboard-add">
          {{ t('billboard.add') }}</el-button>
      </div>
    </template>
    <el-table :data="rows" v-loading="loading" :empty-text="t('billboard.empty')" row-key="id" stripe
        data-testid="billboard-table">
      <el-table-column prop="code" :label="t('billboard.code')" width="110" />
      <el-table-column prop="location" :label="t('billboard.location')" min-width="180" show-overflow-tooltip />
      <el-table-column :label="t('billboard.village')" width="120">
        <template #default="{ row }">{{ villageName(row.village) }}</template>
      </el-table-column>
      <el-table-column :label="t('billboard.kind')" width="130">
        <template #default="{ row }">{{ t('kind.' + row.kind) }}</template>
      </el-table-column>
      <el-table-column prop="owner" :label="t('billboard.owner')" min-width="140" show-overflow-tooltip />
      <el-table-column prop="area" :label="t('billboard.area')" width="100" align="right" />
      <el-table-column :label="t('billboard.lastCheckedOn')" width="130">
        <template #default="{ row }">{{ row.lastCheckedOn || t('common.none') }}</template>
      </el-table-column>
      <el-table-column :label="t('billboard.checkDueOn')" width="140">
        <template #default="{ row }">
          {{ row.checkDueOn }}
          <el-tag v-if="row.checkOverdue" type="danger" size="small" disable-transitions>
            {{ t('billboard.overdue') }}</el-tag>
        </template>
      </el-table-column>
      <el-table-column v-if="canEdit" :label="t('common.actions')" width="80">
        <template #default="{ row }">
          <el-button link type="primary" @click="edit(row)">{{ t('common.edit') }}</el-button>
        </template>
      </el-table-column>
    </el-table>
    <el-pagination style="margin-top: 12px; justify-content: flex-end" background
        layout="total, sizes, prev, pager, next" :total="total" :page-sizes="[20, 50, 100]"
        v-model:current-page="query.page" v-model:page-size="query.size" @current-change="load"
        @size-change="search" />
  </el-card>
  <billboard-dialog v-model="dialog.open" :billboard="dialog.billboard" :villages="villages" @saved="load" />
</div>`,
};
