// 立案：下达整改指令 — step 1 of an enforcement case (POST /api/enforcement/cases): the violation, what must be put
// right, and the deadline (today or later). From an inspection, the inspection is named too.
import { reactive, watch } from 'vue';
import { request } from './api.js';
import { t } from './i18n.js';
import { addDays, beforeToday, today } from './dates.js';
import { useServerForm } from './record-page.js';
import { notify } from './sg.js';

export default {
  name: 'CaseOpenDialog',
  props: {
    modelValue: { type: Boolean, default: false },
    enterpriseId: { type: [Number, String], required: true },
    inspectionId: { type: [Number, String], default: null },
    description: { type: String, default: '' },
  },
  emits: ['update:modelValue', 'saved'],
  setup(props, { emit }) {
    const form = reactive({ violationKind: '', description: '', deadline: '' });
    const { errors, problem, busy, run, reset } = useServerForm();
    watch(() => props.modelValue, (open) => {
      if (!open) return;
      Object.assign(form, { violationKind: '', description: props.description, deadline: addDays(today(), 7) });
      reset();
    });
    const close = () => emit('update:modelValue', false);
    async function save() {
      const body = { enterpriseId: Number(props.enterpriseId), violationKind: form.violationKind.trim(),
        description: form.description.trim(), deadline: form.deadline || null };
      if (props.inspectionId) body.inspectionId = Number(props.inspectionId);
      const answer = await run(() => request('/api/enforcement/cases', { method: 'POST', body }));
      if (answer.ok) {
        notify(answer.value?.aggravated ? 'warning' : 'success',
          answer.value?.aggravated ? t('enfCase.openedRepeat') : t('enfCase.opened'));
        emit('saved', answer.value);
        close();
      }
    }
    return { props, form, errors, problem, busy, close, save, t, beforeToday };
  },
  template: `
    <el-dialog :model-value="props.modelValue" @update:model-value="close" width="min(560px, 96vw)" append-to-body
               :title="t('enfCase.open')" data-testid="case-open-dialog">
      <el-alert v-if="problem" type="error" :closable="false" show-icon :title="problem" class="sg-section" data-testid="case-open-problem" />
      <el-form :model="form" label-position="top" @submit.prevent="save">
        <el-form-item :label="t('enfCase.violationKind')" :error="errors.violationKind" required data-testid="case-violation-item">
          <el-input v-model="form.violationKind" maxlength="60" :placeholder="t('enfCase.violationKindHint')" data-testid="case-violation" />
          <div class="sg-field-hint">{{ t('enfCase.violationKindNote') }}</div>
        </el-form-item>
        <el-form-item :label="t('enfCase.orderText')" :error="errors.description" required data-testid="case-description-item">
          <el-input v-model="form.description" type="textarea" :autosize="{ minRows: 3, maxRows: 8 }" maxlength="2000" show-word-limit
                    data-testid="case-description" />
        </el-form-item>
        <el-form-item :label="t('enfCase.deadline')" :error="errors.deadline" required data-testid="case-deadline-item">
          <span class="sg-date" data-testid="case-deadline"><el-date-picker v-model="form.deadline" type="date" value-format="YYYY-MM-DD" :disabled-date="beforeToday" /></span>
        </el-form-item>
      </el-form>
      <template #footer>
        <el-button data-testid="case-open-cancel" @click="close">{{ t('common.cancel') }}</el-button>
        <el-button type="primary" :loading="busy" data-testid="case-open-save" @click="save">{{ t('enfCase.issueOrder') }}</el-button>
      </template>
    </el-dialog>`,
};
