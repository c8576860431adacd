// The versions of a checklist template, latest first: each opens as it was stored
// (GET /api/checklists/templates/<code>/versions/<n>), items included. Past submissions keep their version.
import { computed, reactive } from 'vue';
import { request } from './api.js';
import { t } from './i18n.js';
import { columns } from './viewport.js';
import { errorText } from './forms.js';
import { dateTime, joinNames } from './enterprise-terms.js';
import { sectorName } from './reference-data.js';
import { cadenceLabel, categoryLabel, itemText, levelLabel, templateName } from './hazard-terms.js';

export default {
  name: 'TemplateVersions',
  props: { code: { type: String, required: true }, latest: { type: Number, required: true } },
  setup(props) {
    const state = reactive({ open: false, shown: null, loading: false, error: '', cache: {} });
    const numbers = computed(() => Array.from({ length: props.latest }, (_, i) => props.latest - i));
    async function show(n) {
      state.open = true;
      state.error = '';
      state.shown = state.cache[n] ?? null;
      if (state.shown) return;
      state.loading = true;
      try {
        state.shown = await request(`/api/checklists/templates/${encodeURIComponent(props.code)}/versions/${n}`);
        state.cache[n] = state.shown;
      } catch (e) {
        state.error = errorText(e) ?? '';
      } finally {
        state.loading = false;
      }
    }
    const sectors = (v) => (v.sectors?.length ? joinNames(v.sectors.map(sectorName)) : t('template.allSectors'));
    return { columns, props, state, numbers, show, sectors, t, dateTime, cadenceLabel, categoryLabel, itemText, levelLabel, templateName };
  },
  template: `
    <div class="sg-versions" data-testid="template-versions">
      <el-button v-for="n in numbers" :key="n" size="small" :type="n === props.latest ? 'primary' : ''" plain
                 :data-testid="'template-version-' + n" @click="show(n)">v{{ n }}<span v-if="n === props.latest">（{{ t('template.latest') }}）</span></el-button>
      <el-dialog v-model="state.open" width="min(860px, 96vw)" append-to-body data-testid="template-version-dialog"
                 :title="state.shown ? t('template.versionTitle', { name: templateName(state.shown), n: state.shown.version }) : ''">
        <div v-loading="state.loading">
          <el-alert v-if="state.error" type="error" :closable="false" show-icon :title="state.error" />
          <template v-if="state.shown">
            <el-descriptions :column="columns()" border size="small" class="sg-section">
              <el-descriptions-item :label="t('template.cadence')">{{ cadenceLabel(state.shown.cadence) }}</el-descriptions-item>
              <el-descriptions-item :label="t('template.sectors')">{{ sectors(state.shown) }}</el-descriptions-item>
              <el-descriptions-item :label="t('template.savedAt')">{{ dateTime(state.shown.createdAt) }}</el-descriptions-item>
              <el-descriptions-item :label="t('template.savedBy')">{{ state.shown.createdBy }}</el-descriptions-item>
            </el-descriptions>
            <el-table :data="state.shown.items" size="small" border>
              <el-table-column type="index" width="50" />
              <el-table-column :label="t('template.itemText')" min-width="260"><template #default="{ row }">{{ itemText(row) }}</template></el-table-column>
              <el-table-column :label="t('template.category')" width="100"><template #default="{ row }">{{ categoryLabel(row.category) }}</template></el-table-column>
              <el-table-column :label="t('template.legalBasis')" prop="legalBasis" min-width="160" show-overflow-tooltip />
              <el-table-column :label="t('template.severityHint')" width="100"><template #default="{ row }">{{ levelLabel(row.severityHint) }}</template></el-table-column>
            </el-table>
          </template>
        </div>
      </el-dialog>
    </div>`,
};
