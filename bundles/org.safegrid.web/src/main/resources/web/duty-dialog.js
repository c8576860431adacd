// 记录履职: a duty entry made by hand (POST /api/duties {kind, periodKey, note}) — the weekly schedule, the monthly
// check, the committee office's reviews. Enforcement work is recorded by inspections and case steps by itself.
import { computed, reactive, watch } from 'vue';
import { request } from './api.js';
import { t } from './i18n.js';
import { useServerForm } from './record-page.js';
import { notify } from './sg.js';

export default {
  name: 'DutyDialog',
  props: {
    modelValue: { type: Boolean, default: false },
    owed: { type: Array, default: () => [] }, // GET /api/duties/owed
    kind: { type: String, default: '' },
    period: { type: String, default: '' },
  },
  emits: ['update:modelValue', 'saved'],
  setup(props, { emit }) {
    const form = reactive({ kind: '', periodKey: '', note: '' });
    const { errors, problem, busy, run, reset } = useServerForm();
    const kinds = computed(() => [...new Set(props.owed.map((o) => o.kind))]);
    const periods = computed(() => props.owed.filter((o) => o.kind === form.kind && o.state !== 'DONE').map((o) => o.periodKey));
    watch(() => props.modelValue, (open) => {
      if (!open) return;
      Object.assign(form, { kind: props.kind || kinds.value[0] || '', periodKey: props.period, note: '' });
      if (!form.periodKey) form.periodKey = periods.value[periods.value.length - 1] ?? '';
      reset();
    });
    const close = () => emit('update:modelValue', false);
    async function save() {
      const body = { kind: form.kind || null, periodKey: form.periodKey.trim() || null, note: form.note.trim() || null };
      const answer = await run(() => request('/api/duties', { method: 'POST', body }));
      if (answer.ok) {
        notify('success', t('duty.saved'));
        emit('saved', answer.value);
        close();
      }
    }
    return { props, form, errors, problem, busy, kinds, periods, close, save, t };
  },
  template: `
    <el-dialog :model-value="props.modelValue" @update:model-value="close" width="min(520px, 96vw)" append-to-body
               :title="t('duty.record')" data-testid="duties-dialog">
      <el-alert v-if="problem" type="error" :closable="false" show-icon :title="problem" class="sg-section" data-testid="duties-problem" />
      <el-form :model="form" label-position="top" @submit.prevent="save">
        <el-form-item :label="t('duty.kindLabel')" :error="errors.kind" required>
          <el-select v-model="form.kind" data-testid="duties-kind">
            <el-option v-for="k in kinds" :key="k" :value="k" :label="t('duty.kind.' + k)" />
          </el-select>
        </el-form-item>
        <el-form-item :label="t('duty.period')" :error="errors.periodKey" required>
          <el-select v-model="form.periodKey" filterable allow-create default-first-option data-testid="duties-period">
            <el-option v-for="p in periods" :key="p" :value="p" :label="p" />
          </el-select>
        </el-form-item>
        <el-form-item :label="t('duty.note')" :error="errors.note" required>
          <el-input v-model="form.note" type="textarea" :autosize="{ minRows: 3, maxRows: 8 }" maxlength="2000" show-word-limit
                    :placeholder="t('duty.notePlaceholder')" data-testid="duties-note" />
        </el-form-item>
      </el-form>
      <template #footer>
        <el-button data-testid="duties-cancel" @click="close">{{ t('common.cancel') }}</el-button>
        <el-button type="primary" :loading="busy" data-testid="duties-save" @click="save">{{ t('common.save') }}</el-button>
      </template>
    </el-dialog>`,
};
