// The add/edit dialog of an outdoor billboard. Field errors (the client's checks, the server's 422 and the 409 of a
// taken code) show under their fields; a 409 "stale" (someone saved it first) reloads the record.
import { reactive, ref, watch } from 'vue';
import { useModule, check, trimmed, DATE_FORMAT } from './util.js';

export const KINDS = ['WALL', 'ROOFTOP', 'FREESTANDING', 'SHOPFRONT', 'OTHER'];

const RULES = {
  code: { required: true, max: 30 }, location: { required: true, max: 200 }, village: { required: true },
  kind: { required: true }, owner: { required: true, max: 100 }, ownerPhone: { phone: true },
  width: { required: true }, height: { required: true }, installedOn: { required: true }, note: { max: 500 },
};

export default {
  name: 'CityMgmtBillboardDialog',
  props: { modelValue: Boolean, billboard: { type: Object, default: null }, villages: { type: Array, default: () => [] } },
  emits: ['update:modelValue', 'saved'],
  setup(props, { emit }) {
    const { sg, t, send } = useModule();
    const form = reactive({});
    const errors = reactive({});
    const saving = ref(false);

    function fill(b) {
      Object.assign(form, {
        code: b?.code || '', location: b?.location || '', village: b?.village || null, kind: b?.kind || 'WALL',
        owner: b?.owner || '', ownerPhone: b?.ownerPhone || '',
        enterpriseId: b?.enterpriseId != null ? String(b.enterpriseId) : '',
        width: b?.width != null ? String(b.width) : '', height: b?.height != null ? String(b.height) : '',
        installedOn: b?.installedOn || null, lastCheckedOn: b?.lastCheckedOn || null, note: b?.note || '',
        version: b ? b.version : null,
      });
      Object.keys(errors).forEach((k) => delete errors[k]);
    }

    watch(() => props.modelValue, (open) => { if (open) fill(props.billboard); }, { immediate: true });

    async function save() {
      Object.keys(errors).forEach((k) => delete errors[k]);
      Object.assign(errors, check(form, RULES, t));
      for (const f of ['width', 'height']) {
        if (!errors[f] && Number.isNaN(Number(form[f]))) errors[f] = t('common.invalid');
      }
      if (Object.keys(errors).length) return;
      saving.value = true;
      try {
        const body = trimmed(form);
        const id = props.billboard?.id;
        const saved = id != null ? await send(`billboards/${id}`, 'PUT', body) : await send('billboards', 'POST', body);
        sg.notify('success', t('common.saved'));
        emit('saved', saved);
        emit('update:modelValue', false);
      } catch (e) {
        if (e && e.status === 409 && e.code === 'stale' && props.billboard) {
          fill(await sg.api(`billboards/${props.billboard.id}`));
          sg.notify('warning', t('billboard.stale'));
        } else if (e && e.details && e.details.fields) {
          Object.assign(errors, e.details.fields); // 422, and 409 duplicate_code under "code"
          sg.notify('error', e.status === 422 ? t('common.invalid') : e.message);
        } else {
          sg.notify('error', (e && e.message) || t('common.loadFailed'));
        }
      } finally {
        saving.value = false;
      }
    }

    return { t, form, errors, saving, save, emit, KINDS, DATE_FORMAT };
  },
  template: `
<el-dialog :model-value="modelValue" @update:model-value="emit('update:modelValue', $event)"
    :title="billboard ? t('billboard.editTitle') : t('billboard.addTitle')" width="680px" destroy-on-close>
  <el-form label-position="top" @submit.prevent="save">
    <el-row :gutter="16">
      <el-col :span="8">
        <el-form-item :label="t('billboard.code')" :error="errors.code" required>
          <el-input v-model="form.code" maxlength="30" data-testid="billboard-code" />
        </el-form-item>
      </el-col>
      <el-col :span="16">
        <el-form-item :label="t('billboard.location')" :error="errors.location" required>
          <el-input v-model="form.location" maxlength="200" data-testid="billboard-location" />
        </el-form-item>
      </el-col>
    </el-row>
    <el-row :gutter="16">
      <el-col :span="8">
        <el-form-item :label="t('billboard.village')" :error="errors.village" required>
          <el-select v-model="form.village" filterable style="width: 100%" data-testid="billboard-village">
            <el-option v-for="v in villages" :key="v.code" :value="v.code" :label="v.name" />
          </el-select>
        </el-form-item>
      </el-col>
      <el-col :span="8">
        <el-form-item :label="t('billboard.kind')" :error="errors.kind" required>
          <el-select v-model="form.kind" style="width: 100%" data-testid="billboard-kind">
            <el-option v-for="k in KINDS" :key="k" :value="k" :label="t('kind.' + k)" />
          </el-select>
        </el-form-item>
      </el-col>
      <el-col :span="4">
        <el-form-item :label="t('billboard.width')" :error="errors.width" required>
          <el-input v-model="form.width" inputmode="decimal" data-testid="billboard-width" />
        </el-form-item>
      </el-col>
      <el-col :span="4">
        <el-form-item :label="t('billboard.height')" :error="errors.height" required>
          <el-input v-model="form.height" inputmode="decimal" data-testid="billboard-height" />
        </el-form-item>
      </el-col>
    </el-row>
    <el-row :gutter="16">
      <el-col :span="8">
        <el-form-item :label="t('billboard.owner')" :error="errors.owner" required>
          <el-input v-model="form.owner" maxlength="100" data-testid="billboard-owner" />
        </el-form-item>
      </el-col>
      <el-col :span="8">
        <el-form-item :label="t('billboard.ownerPhone')" :error="errors.ownerPhone">
          <el-input v-model="form.ownerPhone" maxlength="30" data-testid="billboard-phone" />
        </el-form-item>
      </el-col>
      <el-col :span="8">
        <el-form-item :label="t('billboard.enterpriseId')" :error="errors.enterpriseId">
          <el-input v-model="form.enterpriseId" inputmode="numeric" data-testid="billboard-enterprise" />
        </el-form-item>
      </el-col>
    </el-row>
    <el-row :gutter="16">
      <el-col :span="12">
        <el-form-item :label="t('billboard.installedOn')" :error="errors.installedOn" required>
          <el-date-picker v-model="form.installedOn" type="date" :value-format="DATE_FORMAT" style="width: 100%"
              data-testid="billboard-installed" />
        </el-form-item>
      </el-col>
      <el-col :span="12">
        <el-form-item :label="t('billboard.lastCheckedOn')" :error="errors.lastCheckedOn">
          <el-date-picker v-model="form.lastCheckedOn" type="date" :value-format="DATE_FORMAT" style="width: 100%"
              data-testid="billboard-checked" />
        </el-form-item>
      </el-col>
    </el-row>
    <el-form-item :label="t('billboard.note')" :error="errors.note">
      <el-input v-model="form.note" type="textarea" :rows="2" maxlength="500" show-word-limit />
    </el-form-item>
  </el-form>
  <template #footer>
    <el-button @click="emit('update:modelValue', false)">{{ t('common.cancel') }}</el-button>
    <el-button type="primary" :loading="saving" @click="save" data-testid="billboard-save">
      {{ t('common.save') }}</el-button>
  </template>
</el-dialog>`,
};
