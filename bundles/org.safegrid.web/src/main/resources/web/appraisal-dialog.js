// A new appraisal of one person on a plate: POST /api/plates/{id}/appraisals
// {personId, period, score, result, followUp, note}; 422 messages go under their fields.
import { reactive, ref, watch } from 'vue';
import { fieldErrors, request } from './api.js';
import { t } from './i18n.js';
import { errorText } from './forms.js';
import { notify } from './sg.js';
import { roleName } from './reference-data.js';
import { withNote } from './enterprise-terms.js';

export const RESULTS = ['EXCELLENT', 'COMPETENT', 'FAILED'];
export const FOLLOW_UPS = ['NONE', 'REWARD', 'ACCOUNTABILITY'];

// 2026, 2026-H1, 2026-Q4 or 2026-11
const PERIOD = /^\d{4}(?:-H[12]|-Q[1-4]|-(?:0[1-9]|1[0-2]))?$/;

export default {
  name: 'AppraisalDialog',
  props: {
    modelValue: { type: Boolean, default: false },
    plate: { type: Object, required: true },
  },
  emits: ['update:modelValue', 'saved'],
  setup(props, { emit }) {
    const form = reactive({ personId: null, period: '', score: 90, result: 'COMPETENT', followUp: 'NONE', note: '' });
    const errors = ref({});
    const busy = ref(false);
    watch(
      () => props.modelValue,
      (open) => {
        if (!open) return;
        Object.assign(form, { personId: null, period: String(new Date().getFullYear()), score: 90, result: 'COMPETENT',
          followUp: 'NONE', note: '' });
        errors.value = {};
      },
    );
    // a failed appraisal usually leads to accountability, an excellent one may to a reward
    watch(
      () => form.result,
      (result) => {
        if (result === 'FAILED' && form.followUp === 'NONE') form.followUp = 'ACCOUNTABILITY';
        if (result !== 'FAILED' && form.followUp === 'ACCOUNTABILITY') form.followUp = 'NONE';
      },
    );
    const close = () => emit('update:modelValue', false);
    const label = (p) => withNote(p.name, roleName(p.role, props.plate.roles));

    async function save() {
      const found = {};
      if (form.personId == null) found.personId = t('forms.required');
      if (!PERIOD.test(form.period.trim())) found.period = t('appraisal.periodInvalid');
      if (form.score == null) found.score = t('forms.required');
      errors.value = found;
      if (Object.keys(found).length) return;
      busy.value = true;
      try {
        await request(`/api/plates/${props.plate.enterpriseId}/appraisals`, {
          method: 'POST',
          body: { ...form, period: form.period.trim(), note: form.note.trim() || null },
        });
        notify('success', t('appraisal.saved'));
        emit('saved');
        close();
      } catch (e) {
        errors.value = fieldErrors(e);
        if (e.status === 422) notify('error', e.message || t('forms.invalid'));
        else if (errorText(e)) notify('error', errorText(e));
      } finally {
        busy.value = false;
      }
    }
    return { props, form, errors, busy, close, save, label, t, RESULTS, FOLLOW_UPS };
  },
  template: `
    <el-dialog :model-value="props.modelValue" @update:model-value="close" width="min(520px, 94vw)" append-to-body
               :title="t('appraisal.add')" data-testid="appraisal-dialog">
      <el-form :model="form" label-position="top" @submit.prevent="save">
        <el-form-item :label="t('appraisal.person')" :error="errors.personId" required>
          <el-select v-model="form.personId" filterable :placeholder="t('forms.choose')" data-testid="appraisal-person">
            <el-option v-for="p in props.plate.persons" :key="p.id" :value="p.id" :label="label(p)" />
          </el-select>
        </el-form-item>
        <el-form-item :label="t('appraisal.period')" :error="errors.period" required>
          <el-input v-model="form.period" :placeholder="t('appraisal.periodHint')" data-testid="appraisal-period" />
          <div class="sg-field-hint">{{ t('appraisal.periodHint') }}</div>
        </el-form-item>
        <el-form-item :label="t('appraisal.score')" :error="errors.score" required>
          <el-input-number v-model="form.score" :min="0" :max="100" :precision="0" :step="1" data-testid="appraisal-score" />
        </el-form-item>
        <el-form-item :label="t('appraisal.result')" :error="errors.result">
          <el-radio-group v-model="form.result" data-testid="appraisal-result">
            <el-radio-button v-for="r in RESULTS" :key="r" :value="r">{{ t('appraisal.results.' + r) }}</el-radio-button>
          </el-radio-group>
        </el-form-item>
        <el-form-item :label="t('appraisal.followUp')" :error="errors.followUp">
          <el-radio-group v-model="form.followUp" data-testid="appraisal-follow-up">
            <el-radio-button v-for="f in FOLLOW_UPS" :key="f" :value="f">{{ t('appraisal.followUps.' + f) }}</el-radio-button>
          </el-radio-group>
        </el-form-item>
        <el-form-item :label="t('appraisal.note')" :error="errors.note">
          <el-input v-model="form.note" type="textarea" :rows="3" maxlength="500" show-word-limit data-testid="appraisal-note" />
        </el-form-item>
      </el-form>
      <template #footer>
        <el-button @click="close">{{ t('common.cancel') }}</el-button>
        <el-button type="primary" :loading="busy" data-testid="appraisal-save" @click="save">{{ t('common.save') }}</el-button>
      </template>
    </el-dialog>`,
};
