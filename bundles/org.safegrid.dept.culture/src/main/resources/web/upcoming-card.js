// The centre's own dashboard widget: large events of the coming days and what they still lack (measure 10).
import { onMounted, ref } from 'vue';
import { useModule, showDateTime } from './util.js';
import Problems from './problems.js';

export default {
  name: 'CultureUpcomingCard',
  components: { Problems },
  setup() {
    const { sg, t, fail } = useModule();
    const rows = ref([]);
    const loading = ref(false);

    async function load() {
      loading.value = true;
      try {
        rows.value = await sg.api('events/upcoming');
      } catch (e) {
        fail(e);
      } finally {
        loading.value = false;
      }
    }

    onMounted(load);
    return { t, rows, loading, showDateTime };
  },
  template: `
<el-card shadow="never" v-loading="loading" data-testid="culture-upcoming">
  <template #header>
    <div style="display: flex; align-items: center">
      <strong style="margin-right: auto">{{ t('upcoming.title') }}</strong>
      <a href="#/m/culture/events">{{ t('upcoming.all') }}</a>
    </div>
  </template>
  <el-table :data="rows" size="small" :empty-text="t('upcoming.empty')" row-key="id">
    <el-table-column :label="t('event.startAt')" width="140">
      <template #default="{ row }">{{ showDateTime(row.startAt) }}</template>
    </el-table-column>
    <el-table-column prop="name" :label="t('event.name')" min-width="180" show-overflow-tooltip />
    <el-table-column prop="venue" :label="t('event.venue')" min-width="140" show-overflow-tooltip />
    <el-table-column prop="attendance" :label="t('event.attendance')" width="90" />
    <el-table-column :label="t('event.problems')" min-width="200">
      <template #default="{ row }"><problems :problems="row.problems" :t="t" /></template>
    </el-table-column>
  </el-table>
</el-card>`,
};
