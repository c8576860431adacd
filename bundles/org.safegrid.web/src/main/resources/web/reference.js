// #/reference (admin only, app.js checks): 村社区与行业, the villages and sectors enterprises name, and the duty
// standard of each plate role.
import { onMounted, reactive } from 'vue';
import { t } from './i18n.js';
import { localName } from './enterprise-terms.js';
import { departmentName, reference, refreshReference } from './reference-data.js';
import ReferenceDialog from './reference-dialog.js';
import DutyStandards from './duty-standards.js';

export default {
  name: 'ReferencePage',
  components: { ReferenceDialog, DutyStandards },
  setup() {
    const state = reactive({ tab: 'villages', loading: true });
    const dialog = reactive({ open: false, kind: 'village', item: null });
    async function load() {
      state.loading = true;
      await refreshReference();
      state.loading = false;
    }
    onMounted(load);
    const edit = (kind, item) => Object.assign(dialog, { open: true, kind, item });
    return { state, dialog, reference, load, edit, t, localName, departmentName };
  },
  template: `
    <el-card shadow="never" class="sg-section" data-testid="reference-page">
      <template #header>
        <div class="sg-card-header sg-wrap">
          <div>
            <span class="sg-card-title">{{ t('reference.title') }}</span>
            <span class="sg-muted sg-subtitle">{{ t('reference.subtitle') }}</span>
          </div>
          <el-button icon="Refresh" :loading="state.loading" @click="load">{{ t('common.refresh') }}</el-button>
        </div>
      </template>
      <el-tabs v-model="state.tab">
        <el-tab-pane name="villages">
          <template #label><span data-testid="reference-tab-villages">{{ t('reference.villages') }}</span></template>
          <div class="sg-tab-toolbar sg-toolbar">
            <el-button type="primary" icon="Plus" size="small" data-testid="village-create" @click="edit('village', null)">
              {{ t('reference.addVillage') }}</el-button>
          </div>
          <el-table :data="reference.villages" v-loading="state.loading" stripe border size="small"
                    :empty-text="t('reference.empty')" data-testid="villages-table">
            <el-table-column prop="code" :label="t('reference.code')" width="180" />
            <el-table-column prop="name" :label="t('reference.name')" min-width="180" />
            <el-table-column :label="t('reference.active')" width="100" align="center">
              <template #default="{ row }"><el-tag :type="row.active ? 'success' : 'info'" size="small">
                {{ row.active ? t('reference.activeOn') : t('reference.activeOff') }}</el-tag></template>
            </el-table-column>
            <el-table-column :label="t('common.actions')" width="100">
              <template #default="{ row }">
                <el-button link type="primary" :data-testid="'village-edit-' + row.code" @click="edit('village', row)">{{ t('common.edit') }}</el-button>
              </template>
            </el-table-column>
          </el-table>
        </el-tab-pane>
        <el-tab-pane name="sectors">
          <template #label><span data-testid="reference-tab-sectors">{{ t('reference.sectors') }}</span></template>
          <div class="sg-tab-toolbar sg-toolbar">
            <el-button type="primary" icon="Plus" size="small" data-testid="sector-create" @click="edit('sector', null)">
              {{ t('reference.addSector') }}</el-button>
          </div>
          <el-table :data="reference.sectors" v-loading="state.loading" stripe border size="small"
                    :empty-text="t('reference.empty')" data-testid="sectors-table">
            <el-table-column prop="code" :label="t('reference.code')" width="180" />
            <el-table-column prop="name" :label="t('reference.name')" min-width="160" />
            <el-table-column prop="nameEn" :label="t('reference.nameEn')" min-width="160" />
            <el-table-column :label="t('reference.department')" width="140">
              <template #default="{ row }">{{ departmentName(row.department) }}</template>
            </el-table-column>
            <el-table-column :label="t('reference.active')" width="100" align="center">
              <template #default="{ row }"><el-tag :type="row.active ? 'success' : 'info'" size="small">
                {{ row.active ? t('reference.activeOn') : t('reference.activeOff') }}</el-tag></template>
            </el-table-column>
            <el-table-column :label="t('common.actions')" width="100">
              <template #default="{ row }">
                <el-button link type="primary" :data-testid="'sector-edit-' + row.code" @click="edit('sector', row)">{{ t('common.edit') }}</el-button>
              </template>
            </el-table-column>
          </el-table>
        </el-tab-pane>
        <el-tab-pane name="duties" lazy>
          <template #label><span data-testid="reference-tab-duties">{{ t('reference.duties') }}</span></template>
          <DutyStandards />
        </el-tab-pane>
      </el-tabs>
      <ReferenceDialog v-model="dialog.open" :kind="dialog.kind" :item="dialog.item" @saved="load" />
    </el-card>`,
};
