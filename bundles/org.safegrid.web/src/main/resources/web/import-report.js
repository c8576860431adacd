// The report of an import job: rows read, rows with errors, rows that can be (or were) imported, and each error
// with its row, column and message, paged when there are many.
import { computed, reactive, watch } from 'vue';
import { t } from './i18n.js';

export default {
  name: 'ImportReport',
  props: { job: { type: Object, required: true } },
  setup(props) {
    const paging = reactive({ page: 1, size: 10 });
    watch(() => props.job, () => (paging.page = 1));
    const errors = computed(() => props.job.errors ?? []);
    // errors name rows; several errors may share a row
    const badRows = computed(() => new Set(errors.value.filter((e) => e.row > 0).map((e) => e.row)).size);
    // the list may be cut short by the server: then errorCount says more than the list holds
    const complete = computed(() => (props.job.errorCount ?? errors.value.length) <= errors.value.length);
    const valid = computed(() => (complete.value ? Math.max(0, (props.job.total ?? 0) - badRows.value) : null));
    const shown = computed(() => errors.value.slice((paging.page - 1) * paging.size, paging.page * paging.size));
    return { props, paging, errors, badRows, valid, complete, shown, t };
  },
  template: `
    <div class="sg-import-report" data-testid="import-report">
      <div class="sg-stats">
        <div class="sg-stat"><div class="sg-stat-value" data-testid="import-total">{{ props.job.total ?? 0 }}</div>
          <div class="sg-stat-label">{{ t('import.totalRows') }}</div></div>
        <div class="sg-stat" :class="{ 'is-bad': errors.length }">
          <div class="sg-stat-value" data-testid="import-bad-rows">{{ badRows }}</div>
          <div class="sg-stat-label">{{ t('import.badRows') }}</div></div>
        <div class="sg-stat"><div class="sg-stat-value" data-testid="import-error-count">{{ props.job.errorCount ?? errors.length }}</div>
          <div class="sg-stat-label">{{ t('import.errorCount') }}</div></div>
        <div v-if="valid !== null" class="sg-stat is-good"><div class="sg-stat-value" data-testid="import-valid-rows">{{ valid }}</div>
          <div class="sg-stat-label">{{ t('import.validRows') }}</div></div>
      </div>
      <template v-if="errors.length">
        <div v-if="!complete" class="sg-muted sg-small-note">{{ t('import.errorsCut', { shown: errors.length }) }}</div>
        <el-table :data="shown" size="small" border stripe data-testid="import-errors-table">
          <el-table-column :label="t('import.row')" width="80" align="right">
            <template #default="{ row }">{{ row.row > 0 ? row.row : t('import.wholeFile') }}</template>
          </el-table-column>
          <el-table-column prop="column" :label="t('import.column')" width="160" />
          <el-table-column prop="message" :label="t('import.message')" min-width="260" />
        </el-table>
        <el-pagination v-if="errors.length > 10" class="sg-pagination" background size="small"
                       layout="total, sizes, prev, pager, next" :total="errors.length" :page-sizes="[10, 50, 100]"
                       v-model:current-page="paging.page" v-model:page-size="paging.size"
                       data-testid="import-errors-pagination" />
      </template>
      <el-alert v-else type="success" :closable="false" show-icon :title="t('import.noErrors')" data-testid="import-no-errors" />
    </div>`,
};
