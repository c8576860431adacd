// The change history of a plate, newest first and paged: GET /api/plates/{id}/history.
import { onMounted, reactive } from 'vue';
import { hasText, t } from './i18n.js';
import { PAGE_SIZES, usePagedList } from './list-page.js';
import { dateTime } from './enterprise-terms.js';
import { roleName } from './reference-data.js';

export default {
  name: 'PlateHistory',
  props: { enterpriseId: { type: [String, Number], required: true } },
  setup(props) {
    const paging = reactive({ page: 1, size: 20 });
    const { list, load } = usePagedList(`/api/plates/${props.enterpriseId}/history`, () => ({
      page: paging.page - 1, size: paging.size,
    }));
    onMounted(load);
    const fieldLabel = (f) => (f && hasText(`plate.field.${f}`) ? t(`plate.field.${f}`) : (f ?? ''));
    const turn = (changes) => {
      Object.assign(paging, changes);
      load();
    };
    return { paging, list, load, turn, fieldLabel, t, dateTime, roleName, PAGE_SIZES };
  },
  template: `
    <div data-testid="plate-history">
      <el-table :data="list.items" v-loading="list.loading" stripe size="small" :empty-text="t('plate.historyEmpty')"
                data-testid="plate-history-table">
        <el-table-column :label="t('plate.historyAt')" width="150">
          <template #default="{ row }">{{ dateTime(row.at) }}</template>
        </el-table-column>
        <el-table-column prop="user" :label="t('plate.historyUser')" width="110" />
        <el-table-column :label="t('plate.role')" min-width="120">
          <template #default="{ row }">{{ row.role ? roleName(row.role) : '' }}</template>
        </el-table-column>
        <el-table-column prop="person" :label="t('plate.historyPerson')" min-width="100" />
        <el-table-column :label="t('plate.historyField')" width="110">
          <template #default="{ row }">{{ fieldLabel(row.field) }}</template>
        </el-table-column>
        <el-table-column prop="oldValue" :label="t('plate.historyOld')" min-width="140" show-overflow-tooltip />
        <el-table-column prop="newValue" :label="t('plate.historyNew')" min-width="140" show-overflow-tooltip />
      </el-table>
      <el-pagination class="sg-pagination" background size="small" layout="total, sizes, prev, pager, next"
                     :total="list.total" :page-sizes="PAGE_SIZES" :current-page="paging.page" :page-size="paging.size"
                     @current-change="turn({ page: $event })" @size-change="turn({ size: $event, page: 1 })" />
    </div>`,
};
