// The appraisals of a plate's people (GET /api/plates/{id}/appraisals) and, when the plate is editable, a new one.
import { onMounted, reactive } from 'vue';
import { t } from './i18n.js';
import { usePagedList } from './list-page.js';
import { dateTime, withNote } from './enterprise-terms.js';
import { roleName } from './reference-data.js';
import AppraisalDialog from './appraisal-dialog.js';
const RESULT_TAG = { EXCELLENT: 'success', COMPETENT: 'primary', FAILED: 'danger' };
const FOLLOW_UP_TAG = { NONE: 'info', REWARD: 'success', ACCOUNTABILITY: 'danger' };

export default {
  name: 'PlateAppraisals',
  components: { AppraisalDialog },
  props: { plate: { type: Object, required: true } },
  setup(props) {
    const { list, load } = usePagedList(`/api/plates/${props.plate.enterpriseId}/appraisals`, () => ({ size: 100 }));
    const dialog = reactive({ open: false });
    onMounted(load);
    const person = (row) => (props.plate.persons ?? []).find((p) => p.id === row.personId);
    const personText = (row) => {
      // the name and role as appraised; the plate's current entry when the answer lacks them
      const p = person(row);
      const who = row.person ?? p?.name ?? `#${row.personId}`;
      const role = row.role ?? p?.role;
      return role ? withNote(who, roleName(role, props.plate.roles)) : who;
    };
    return { props, list, load, dialog, personText, t, dateTime, RESULT_TAG, FOLLOW_UP_TAG };
  },
  template: `
    <div data-testid="appraisals">
      <div class="sg-toolbar sg-tab-toolbar">
        <span class="sg-muted">{{ t('appraisal.intro') }}</span>
        <el-button v-if="props.plate.editable" type="primary" icon="Plus" size="small" data-testid="appraisal-add"
                   :disabled="!(props.plate.persons || []).length" @click="dialog.open = true">{{ t('appraisal.add') }}</el-button>
      </div>
      <el-table :data="list.items" v-loading="list.loading" stripe size="small" :empty-text="t('appraisal.empty')"
                data-testid="appraisals-table">
        <el-table-column :label="t('appraisal.person')" min-width="160">
          <template #default="{ row }">{{ personText(row) }}</template>
        </el-table-column>
        <el-table-column prop="period" :label="t('appraisal.period')" width="100" />
        <el-table-column prop="score" :label="t('appraisal.score')" width="80" align="right" />
        <el-table-column :label="t('appraisal.result')" width="100" align="center">
          <template #default="{ row }">
            <el-tag :type="RESULT_TAG[row.result]" size="small">{{ row.result ? t('appraisal.results.' + row.result) : '' }}</el-tag>
          </template>
        </el-table-column>
        <el-table-column :label="t('appraisal.followUp')" width="100" align="center">
          <template #default="{ row }">
            <el-tag :type="FOLLOW_UP_TAG[row.followUp]" size="small" effect="plain">{{ row.followUp ? t('appraisal.followUps.' + row.followUp) : '' }}</el-tag>
          </template>
        </el-table-column>
        <el-table-column prop="note" :label="t('appraisal.note')" min-width="180" show-overflow-tooltip />
        <el-table-column :label="t('appraisal.recorded')" width="150">
          <template #default="{ row }">{{ dateTime(row.createdAt) }} {{ row.createdBy || '' }}</template>
        </el-table-column>
      </el-table>
      <AppraisalDialog v-if="props.plate.editable" v-model="dialog.open" :plate="props.plate" @saved="load" />
    </div>`,
};
