// The responsibility plate of one enterprise in short: complete or not, the missing roles, links to edit and print.
import { computed, onMounted, reactive } from 'vue';
import { request } from './api.js';
import { t } from './i18n.js';
import { errorText } from './forms.js';
import { dateTime, joinNames } from './enterprise-terms.js';
import { roleName } from './reference-data.js';

export default {
  name: 'PlateSummary',
  props: { enterpriseId: { type: [String, Number], required: true } },
  setup(props) {
    const state = reactive({ plate: null, loading: true, error: '' });
    onMounted(async () => {
      try {
        state.plate = await request(`/api/plates/${props.enterpriseId}`);
      } catch (e) {
        state.error = errorText(e) ?? t('errors.forbidden');
      } finally {
        state.loading = false;
      }
    });
    const missing = computed(() => (state.plate?.missing ?? []).map((code) => roleName(code, state.plate.roles)));
    const holders = (code) => (state.plate?.persons ?? []).filter((p) => p.role === code).map((p) => p.name);
    const base = `#/enterprises/${props.enterpriseId}/plate`;
    return { state, missing, holders, base, t, dateTime, joinNames, roleName };
  },
  template: `
    <el-card shadow="never" class="sg-section" v-loading="state.loading" data-testid="plate-summary">
      <template #header>
        <div class="sg-card-header sg-wrap">
          <span class="sg-card-title">{{ t('plate.title') }}</span>
          <div class="sg-toolbar">
            <el-link :href="base" type="primary" icon="EditPen" data-testid="plate-edit-link">
              {{ state.plate && state.plate.editable ? t('plate.edit') : t('plate.view') }}</el-link>
            <el-link :href="base + '/print'" type="primary" icon="Printer" data-testid="plate-print-link">{{ t('plate.print') }}</el-link>
          </div>
        </div>
      </template>
      <el-alert v-if="state.error" type="warning" :closable="false" show-icon :title="t('plate.loadFailed')"
                :description="state.error" />
      <template v-else-if="state.plate">
        <el-alert v-if="missing.length" type="warning" :closable="false" show-icon data-testid="plate-summary-missing"
                  :title="t('plate.incomplete')" :description="t('plate.missingList', { roles: joinNames(missing) })" />
        <el-alert v-else type="success" :closable="false" show-icon data-testid="plate-summary-complete"
                  :title="t('plate.complete')" />
        <el-descriptions :column="1" size="small" border class="sg-plate-roles">
          <el-descriptions-item v-for="r in state.plate.roles" :key="r.code" :label="roleName(r.code, state.plate.roles)">
            <span v-if="holders(r.code).length">{{ joinNames(holders(r.code)) }}</span>
            <el-tag v-else type="danger" size="small" effect="plain">{{ t('plate.missingTag') }}</el-tag>
          </el-descriptions-item>
        </el-descriptions>
        <div v-if="state.plate.updatedAt" class="sg-muted sg-small-note">
          {{ t('plate.updatedAt', { at: dateTime(state.plate.updatedAt) }) }}</div>
      </template>
    </el-card>`,
};
