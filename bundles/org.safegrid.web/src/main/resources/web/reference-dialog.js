// Add or change a village ({code, name, active}: POST /api/villages, PUT /api/villages/{code}) or a sector
// ({code, name, nameEn, department, active}: POST /api/sectors, PUT /api/sectors/{code}).
import { computed, reactive, ref, watch } from 'vue';
import { fieldErrors, request } from './api.js';
import { t } from './i18n.js';
import { errorText } from './forms.js';
import { notify } from './sg.js';
import { localName } from './enterprise-terms.js';
import { reference } from './reference-data.js';

const CODE = /^[a-z0-9][a-z0-9-]*$/;
const PATHS = { village: '/api/villages', sector: '/api/sectors' };

export default {
  name: 'ReferenceDialog',
  props: {
    modelValue: { type: Boolean, default: false },
    kind: { type: String, default: 'village' }, // village or sector
    item: { type: Object, default: null }, // null: a new one
  },
  emits: ['update:modelValue', 'saved'],
  setup(props, { emit }) {
    const form = reactive({ code: '', name: '', nameEn: '', department: '', active: true });
    const errors = ref({});
    const busy = ref(false);
    const creating = computed(() => !props.item);
    const sector = computed(() => props.kind === 'sector');
    watch(
      () => props.modelValue,
      (open) => {
        if (!open) return;
        const i = props.item ?? {};
        Object.assign(form, { code: i.code ?? '', name: i.name ?? '', nameEn: i.nameEn ?? '', department: i.department ?? '',
          active: i.active ?? true });
        errors.value = {};
      },
    );
    const close = () => emit('update:modelValue', false);

    async function save() {
      const found = {};
      if (!CODE.test(form.code.trim())) found.code = t('reference.codeInvalid');
      if (!form.name.trim()) found.name = t('forms.required');
      errors.value = found;
      if (Object.keys(found).length) return;
      const body = { code: form.code.trim(), name: form.name.trim(), active: form.active };
      if (sector.value) Object.assign(body, { nameEn: form.nameEn.trim() || null, department: form.department || null });
      const base = PATHS[props.kind];
      busy.value = true;
      try {
        if (creating.value) await request(base, { method: 'POST', body });
        else await request(`${base}/${encodeURIComponent(props.item.code)}`, { method: 'PUT', body });
        notify('success', t('reference.saved', { name: body.name }));
        emit('saved');
        close();
      } catch (e) {
        errors.value = fieldErrors(e);
        if (e.status === 409) errors.value = { code: e.message };
        else if (e.status === 422) notify('error', e.message || t('forms.invalid'));
        else if (errorText(e)) notify('error', errorText(e));
      } finally {
        busy.value = false;
      }
    }
    const title = computed(() => t(`reference.${creating.value ? 'add' : 'edit'}${sector.value ? 'Sector' : 'Village'}`));
    return { props, form, errors, busy, creating, sector, title, close, save, reference, localName, t };
  },
  template: `
    <el-dialog :model-value="props.modelValue" @update:model-value="close" width="min(480px, 94vw)" append-to-body
               :title="title" data-testid="reference-dialog">
      <el-form :model="form" label-position="top" @submit.prevent="save">
        <el-form-item :label="t('reference.code')" :error="errors.code" required>
          <el-input v-model="form.code" :disabled="!creating" maxlength="40" data-testid="reference-code" />
          <div class="sg-field-hint">{{ t('reference.codeHint') }}</div>
        </el-form-item>
        <el-form-item :label="t('reference.name')" :error="errors.name" required>
          <el-input v-model="form.name" maxlength="100" data-testid="reference-name" />
        </el-form-item>
        <template v-if="sector">
          <el-form-item :label="t('reference.nameEn')" :error="errors.nameEn">
            <el-input v-model="form.nameEn" maxlength="100" data-testid="reference-name-en" />
          </el-form-item>
          <el-form-item :label="t('reference.department')" :error="errors.department">
            <el-select v-model="form.department" clearable filterable :placeholder="t('enterprise.none')"
                       data-testid="reference-department">
              <el-option v-for="d in reference.departments" :key="d.id" :value="d.id" :label="localName(d)" />
            </el-select>
          </el-form-item>
        </template>
        <el-form-item :label="t('reference.active')" :error="errors.active">
          <el-switch v-model="form.active" :active-text="t('reference.activeOn')" :inactive-text="t('reference.activeOff')"
                     data-testid="reference-active" />
        </el-form-item>
      </el-form>
      <template #footer>
        <el-button @click="close">{{ t('common.cancel') }}</el-button>
        <el-button type="primary" :loading="busy" data-testid="reference-save" @click="save">{{ t('common.save') }}</el-button>
      </template>
    </el-dialog>`,
};
