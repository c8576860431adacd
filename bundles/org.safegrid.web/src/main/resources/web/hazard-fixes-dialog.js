// 落实五落实: the five fixes of a major hazard (PUT /api/hazards/<id>/fixes). Nothing is required here: the server
// names every missing one (422, details.fields), and each shows under its field.
import { reactive, watch } from 'vue';
import { request } from './api.js';
import { t } from './i18n.js';
import { beforeToday, today } from './dates.js';
import { fixLabel } from './hazard-terms.js';
import { useServerForm } from './record-page.js';
import { notify } from './sg.js';

export default {
  name: 'HazardFixesDialog',
  props: { modelValue: { type: Boolean, default: false }, hazard: { type: Object, required: true } },
  emits: ['update:modelValue', 'saved', 'reload'],
  setup(props, { emit }) {
    const form = reactive({ responsiblePerson: '', measures: '', funds: null, deadline: '', contingencyPlan: '' });
    const { errors, problem, busy, run, reset } = useServerForm();
    watch(() => props.modelValue, (open) => {
      if (!open) return;
      const f = props.hazard.fiveFixes ?? {};
      Object.assign(form, { responsiblePerson: f.responsiblePerson ?? '', measures: f.measures ?? '',
        funds: f.funds == null ? null : Number(f.funds),
        deadline: f.deadline ?? (props.hazard.deadline >= today() ? props.hazard.deadline : ''),
        contingencyPlan: f.contingencyPlan ?? '' });
      reset();
    });
    const close = () => emit('update:modelValue', false);
    async function save() {
      const body = { responsiblePerson: form.responsiblePerson.trim() || null, measures: form.measures.trim() || null,
        funds: form.funds, deadline: form.deadline || null, contingencyPlan: form.contingencyPlan.trim() || null,
        version: props.hazard.version };
      const answer = await run(() => request(`/api/hazards/${props.hazard.id}/fixes`, { method: 'PUT', body }));
      if (answer.ok) {
        notify('success', t('fixes.saved'));
        emit('saved', answer.value);
        close();
      } else if (answer.error.code === 'stale') {
        emit('reload');
      }
    }
    return { props, form, errors, problem, busy, close, save, t, beforeToday, fixLabel };
  },
  template: `
    <el-dialog :model-value="props.modelValue" @update:model-value="close" width="min(560px, 96vw)" append-to-body
               :title="t('fixes.title')" data-testid="fixes-dialog">
      <div class="sg-field-hint sg-dialog-intro">{{ t('fixes.intro') }}</div>
      <el-alert v-if="problem" type="error" :closable="false" show-icon :title="problem" class="sg-section" data-testid="fixes-problem" />
      <el-form :model="form" label-position="top" @submit.prevent="save">
        <el-form-item :label="fixLabel('responsiblePerson')" :error="errors.responsiblePerson" required data-testid="fixes-responsiblePerson-item">
          <el-input v-model="form.responsiblePerson" maxlength="100" data-testid="fixes-responsiblePerson" />
        </el-form-item>
        <el-form-item :label="fixLabel('measures')" :error="errors.measures" required data-testid="fixes-measures-item">
          <el-input v-model="form.measures" type="textarea" :autosize="{ minRows: 2, maxRows: 6 }" maxlength="1000" data-testid="fixes-measures" />
        </el-form-item>
        <el-form-item :label="fixLabel('funds')" :error="errors.funds" required data-testid="fixes-funds-item">
          <el-input-number v-model="form.funds" :min="0" :precision="2" :step="1000" :controls="false" :value-on-clear="null"
                           class="sg-wide-number" data-testid="fixes-funds" />
          <span class="sg-inline-unit">{{ t('fixes.yuan') }}</span>
        </el-form-item>
        <el-form-item :label="fixLabel('deadline')" :error="errors.deadline" required data-testid="fixes-deadline-item">
          <span class="sg-date" data-testid="fixes-deadline"><el-date-picker v-model="form.deadline" type="date" value-format="YYYY-MM-DD" :disabled-date="beforeToday" /></span>
        </el-form-item>
        <el-form-item :label="fixLabel('contingencyPlan')" :error="errors.contingencyPlan" required data-testid="fixes-contingencyPlan-item">
          <el-input v-model="form.contingencyPlan" type="textarea" :autosize="{ minRows: 2, maxRows: 6 }" maxlength="1000" data-testid="fixes-contingencyPlan" />
        </el-form-item>
      </el-form>
      <template #footer>
        <el-button data-testid="fixes-cancel" @click="close">{{ t('common.cancel') }}</el-button>
        <el-button type="primary" :loading="busy" data-testid="fixes-save" @click="save">{{ t('common.save') }}</el-button>
      </template>
    </el-dialog>`,
};
