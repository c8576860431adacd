// The add/edit dialog of a reservoir or pond. Field errors (the client's checks, the server's 422 and the 409 of a
// taken code) show under their fields; a 409 "stale" (someone saved it first) reloads the record.
import { reactive, ref, watch } from 'vue';
import { useModule, check, trimmed } from './util.js';

export const KINDS = ['SMALL_1', 'SMALL_2', 'POND'];
export const DAM_TYPES = ['EARTH', 'ROCKFILL', 'MASONRY', 'CONCRETE', 'OTHER'];

const RULES = {
  code: { required: true, max: 30 }, name: { required: true, max: 100 }, village: { required: true },
  kind: { required: true }, capacity: { required: true }, damType: { required: true },
  managingUnit: { max: 100 }, responsible: { required: true, max: 50 },
  responsiblePhone: { required: true, phone: true }, note: { max: 500 },
};

export default {
  name: 'AgricultureReservoirDialog',
  props: { modelValue: Boolean, reservoir: { type: Object, default: null }, villages: { type: Array, default: () => [] } },
  emits: ['update:modelValue', 'saved'],
  setup(props, { emit }) {
    const { sg, t, send } = useModule();
    const form = reactive({});
    const errors = reactive({});
    const saving = ref(false);

    function fill(r) {
      Object.assign(form, {
        code: r?.code || '', name: r?.name || '', village: r?.village || null, kind: r?.kind || 'POND',
        capacity: r?.capacity != null ? String(r.capacity) : '', damType: r?.damType || 'EARTH',
        managingUnit: r?.managingUnit || '', enterpriseId: r?.enterpriseId != null ? String(r.enterpriseId) : '',
        responsible: r?.responsible || '', responsiblePhone: r?.responsiblePhone || '', note: r?.note || '',
        version: r ? r.version : null,
      });
      Object.keys(errors).forEach((k) => delete errors[k]);
    }

    watch(() => props.modelValue, (open) => { if (open) fill(props.reservoir); }, { immediate: true });

    async function save() {
      Object.keys(errors).forEach((k) => delete errors[k]);
      Object.assign(errors, check(form, RULES, t));
      if (Object.keys(errors).length) return;
      saving.value = true;
      try {
        const body = trimmed(form);
        const id = props.reservoir?.id;
        const saved = id != null ? await send(`reservoirs/${id}`, 'PUT', body) : await send('reservoirs', 'POST', body);
        sg.notify('success', t('common.saved'));
        emit('saved', saved);
        emit('update:modelValue', false);
      } catch (e) {
        if (e && e.status === 409 && e.code === 'stale' && props.reservoir) {
          // someone saved it first: show their version, the user makes the change again
          fill(await sg.api(`reservoirs/${props.reservoir.id}`));
          sg.notify('warning', t('reservoir.stale'));
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

    return { t, form, errors, saving, save, emit, KINDS, DAM_TYPES };
  },
  template: `
<el-dialog :model-value="modelValue" @update:model-value="emit('update:modelValue', $event)"
    :title="reservoir ? t('reservoir.editTitle') : t('reservoir.addTitle')" width="680px" destroy-on-close>
  <el-form label-position="top" @submit.prevent="save">
    <el-row :gutter="16">
      <el-col :span="8">
        <el-form-item :label="t('reservoir.code')" :error="errors.code" required>
          <el-input v-model="form.code" maxlength="30" data-testid="reservoir-code" />
        </el-form-item>
      </el-col>
      <el-col :span="16">
        <el-form-item :label="t('reservoir.name')" :error="errors.name" required>
          <el-input v-model="form.name" maxlength="100" data-testid="reservoir-name" />
        </el-form-item>
      </el-col>
    </el-row>
    <el-row :gutter="16">
      <el-col :span="8">
        <el-form-item :label="t('reservoir.village')" :error="errors.village" required>
          <el-select v-model="form.village" filterable style="width: 100%" data-testid="reservoir-village">
            <el-option v-for="v in villages" :key="v.code" :value="v.code" :label="v.name" />
          </el-select>
        </el-form-item>
      </el-col>
      <el-col :span="8">
        <el-form-item :label="t('reservoir.kind')" :error="errors.kind" required>
          <el-select v-model="form.kind" style="width: 100%" data-testid="reservoir-kind">
            <el-option v-for="k in KINDS" :key="k" :value="k" :label="t('kind.' + k)" />
          </el-select>
        </el-form-item>
      </el-col>
      <el-col :span="8">
        <el-form-item :label="t('reservoir.damType')" :error="errors.damType" required>
          <el-select v-model="form.damType" style="width: 100%" data-testid="reservoir-dam-type">
            <el-option v-for="d in DAM_TYPES" :key="d" :value="d" :label="t('damType.' + d)" />
          </el-select>
        </el-form-item>
      </el-col>
    </el-row>
    <el-row :gutter="16">
      <el-col :span="8">
        <el-form-item :label="t('reservoir.capacity')" :error="errors.capacity" required>
          <el-input v-model="form.capacity" inputmode="decimal" data-testid="reservoir-capacity" />
        </el-form-item>
      </el-col>
      <el-col :span="8">
        <el-form-item :label="t('reservoir.managingUnit')" :error="errors.managingUnit">
          <el-input v-model="form.managingUnit" maxlength="100" data-testid="reservoir-managing-unit" />
        </el-form-item>
      </el-col>
      <el-col :span="8">
        <el-form-item :label="t('reservoir.enterpriseId')" :error="errors.enterpriseId">
          <el-input v-model="form.enterpriseId" inputmode="numeric" data-testid="reservoir-enterprise" />
        </el-form-item>
      </el-col>
    </el-row>
    <el-row :gutter="16">
      <el-col :span="12">
        <el-form-item :label="t('reservoir.responsible')" :error="errors.responsible" required>
          <el-input v-model="form.responsible" maxlength="50" data-testid="reservoir-responsible" />
        </el-form-item>
      </el-col>
      <el-col :span="12">
        <el-form-item :label="t('reservoir.responsiblePhone')" :error="errors.responsiblePhone" required>
          <el-input v-model="form.responsiblePhone" maxlength="30" data-testid="reservoir-phone" />
        </el-form-item>
      </el-col>
    </el-row>
    <el-form-item :label="t('reservoir.note')" :error="errors.note">
      <el-input v-model="form.note" type="textarea" :rows="2" maxlength="500" show-word-limit />
    </el-form-item>
  </el-form>
  <template #footer>
    <el-button @click="emit('update:modelValue', false)">{{ t('common.cancel') }}</el-button>
    <el-button type="primary" :loading="saving" @click="save" data-testid="reservoir-save">
      {{ t('common.save') }}</el-button>
  </template>
</el-dialog>`,
};
