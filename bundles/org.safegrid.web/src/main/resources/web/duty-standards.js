// The duty standard (职责标准) of every plate role: GET /api/plates/roles, PUT /api/plates/roles/{code} {duty}.
import { reactive, ref } from 'vue';
import { request } from './api.js';
import { t } from './i18n.js';
import { errorText } from './forms.js';
import { notify } from './sg.js';
import { localName } from './enterprise-terms.js';
import { reference, refreshReference } from './reference-data.js';

export default {
  name: 'DutyStandards',
  setup() {
    const dialog = reactive({ open: false, role: null, duty: '', dutyEn: '', error: '', errorEn: '' });
    const busy = ref(false);
    const edit = (role) => Object.assign(dialog, {
      open: true, role, duty: role.duty ?? '', dutyEn: role.dutyEn ?? '', error: '', errorEn: '',
    });
    async function save() {
      busy.value = true;
      try {
        await request(`/api/plates/roles/${encodeURIComponent(dialog.role.code)}`, {
          method: 'PUT',
          body: { duty: dialog.duty.trim(), dutyEn: dialog.dutyEn.trim() || null },
        });
        notify('success', t('reference.dutySaved', { name: localName(dialog.role) }));
        dialog.open = false;
        await refreshReference();
      } catch (e) {
        dialog.error = e.details?.fields?.duty ?? '';
        dialog.errorEn = e.details?.fields?.dutyEn ?? '';
        if (!dialog.error && !dialog.errorEn && errorText(e)) notify('error', errorText(e));
      } finally {
        busy.value = false;
      }
    }
    const source = (r) => (!r.source || r.source === 'platform' ? t('reference.platform') : r.source);
    return { reference, dialog, busy, edit, save, source, localName, t };
  },
  template: `
    <div data-testid="duty-standards">
      <el-table :data="reference.roles" stripe border size="small" :empty-text="t('reference.empty')" data-testid="duties-table">
        <el-table-column :label="t('plate.role')" width="160">
          <template #default="{ row }">{{ localName(row) }}<div class="sg-option-code">{{ row.code }}</div></template>
        </el-table-column>
        <el-table-column :label="t('reference.source')" width="110">
          <template #default="{ row }">{{ source(row) }}</template>
        </el-table-column>
        <el-table-column :label="t('plate.duty')" min-width="300">
          <template #default="{ row }">
            <div class="sg-pre">{{ row.duty }}</div>
            <div v-if="row.dutyEn" class="sg-pre sg-muted">{{ row.dutyEn }}</div>
          </template>
        </el-table-column>
        <el-table-column :label="t('common.actions')" width="90">
          <template #default="{ row }">
            <el-button link type="primary" :data-testid="'duty-edit-' + row.code" @click="edit(row)">{{ t('common.edit') }}</el-button>
          </template>
        </el-table-column>
      </el-table>
      <el-dialog v-model="dialog.open" width="min(600px, 94vw)" append-to-body data-testid="duty-dialog"
                 :title="dialog.role ? t('reference.editDuty', { name: localName(dialog.role) }) : ''">
        <el-form label-position="top" @submit.prevent="save">
          <el-form-item :label="t('reference.dutyZh')" :error="dialog.error" required>
            <el-input v-model="dialog.duty" type="textarea" :rows="6" maxlength="2000" show-word-limit data-testid="duty-text" />
          </el-form-item>
          <el-form-item :label="t('reference.dutyEn')" :error="dialog.errorEn">
            <el-input v-model="dialog.dutyEn" type="textarea" :rows="4" maxlength="2000" show-word-limit data-testid="duty-text-en" />
          </el-form-item>
        </el-form>
        <template #footer>
          <el-button @click="dialog.open = false">{{ t('common.cancel') }}</el-button>
          <el-button type="primary" :loading="busy" data-testid="duty-save" @click="save">{{ t('common.save') }}</el-button>
        </template>
      </el-dialog>
    </div>`,
};
