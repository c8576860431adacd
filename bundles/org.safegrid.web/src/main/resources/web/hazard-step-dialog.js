// A step of a hazard's lifecycle: 开始整改 (rectify, a note), 提交验收 (submit, the evidence) or 验收 (verify: accept,
// which closes it — 销号 —, or reject with a reason). The server's refusal shows in the dialog: 409 own_hazard,
// 422 five_fixes_missing with the fixes still missing, 409 stale.
import { computed, reactive, watch } from 'vue';
import { request } from './api.js';
import { t } from './i18n.js';
import { useServerForm } from './record-page.js';
import { notify } from './sg.js';

export default {
  name: 'HazardStepDialog',
  props: {
    modelValue: { type: Boolean, default: false },
    hazard: { type: Object, required: true },
    step: { type: String, default: 'rectify' },
  },
  emits: ['update:modelValue', 'saved', 'reload', 'fixes'],
  setup(props, { emit }) {
    const form = reactive({ note: '', evidence: '', accepted: true });
    const { errors, problem, busy, run, reset } = useServerForm();
    const local = reactive({});
    watch(() => props.modelValue, (open) => {
      if (!open) return;
      Object.assign(form, { note: '', evidence: '', accepted: true });
      reset();
      for (const k of Object.keys(local)) delete local[k];
    });
    const close = () => emit('update:modelValue', false);
    const noteRequired = computed(() => props.step === 'verify' && !form.accepted);

    async function save() {
      for (const k of Object.keys(local)) delete local[k];
      if (props.step === 'submit' && !form.evidence.trim()) local.evidence = t('hazard.evidenceRequired');
      if (noteRequired.value && !form.note.trim()) local.note = t('hazard.rejectReasonRequired');
      if (local.evidence || local.note) return;
      const body = { note: form.note.trim() || null, version: props.hazard.version };
      if (props.step === 'submit') body.evidence = form.evidence.trim();
      if (props.step === 'verify') body.accepted = form.accepted;
      const answer = await run(() => request(`/api/hazards/${props.hazard.id}/${props.step}`, { method: 'POST', body }));
      if (answer.ok) {
        notify('success', t(`hazard.done.${props.step === 'verify' ? (form.accepted ? 'accept' : 'reject') : props.step}`));
        emit('saved', answer.value);
        close();
        return;
      }
      local.code = answer.error.code;
      if (answer.error.code === 'stale' || answer.error.code === 'bad_transition') emit('reload');
    }
    const err = (field) => local[field] || errors.value[field];
    const openFixes = () => {
      close();
      emit('fixes');
    };
    return { props, form, problem, busy, local, err, close, save, noteRequired, openFixes, t };
  },
  template: `
    <el-dialog :model-value="props.modelValue" @update:model-value="close" width="min(520px, 96vw)" append-to-body
               :title="t('hazard.steps.' + props.step)" data-testid="hazard-step-dialog">
      <el-alert v-if="problem" type="error" :closable="false" show-icon :title="problem" class="sg-section" data-testid="hazard-step-problem">
        <el-button v-if="local.code === 'five_fixes_missing'" size="small" type="primary" data-testid="hazard-step-open-fixes"
                   @click="openFixes">{{ t('fixes.title') }}</el-button>
      </el-alert>
      <el-form :model="form" label-position="top" @submit.prevent="save">
        <el-form-item v-if="props.step === 'verify'" :label="t('hazard.verifyResult')" :error="err('accepted')">
          <el-radio-group v-model="form.accepted" data-testid="hazard-verify-result">
            <el-radio-button :value="true" data-testid="hazard-verify-accept">{{ t('hazard.accept') }}</el-radio-button>
            <el-radio-button :value="false" data-testid="hazard-verify-reject">{{ t('hazard.reject') }}</el-radio-button>
          </el-radio-group>
        </el-form-item>
        <el-form-item v-if="props.step === 'submit'" :label="t('hazard.evidence')" :error="err('evidence')" required data-testid="hazard-evidence-item">
          <el-input v-model="form.evidence" type="textarea" :autosize="{ minRows: 3, maxRows: 8 }" maxlength="1000" show-word-limit
                    :placeholder="t('hazard.evidencePlaceholder')" data-testid="hazard-evidence" />
        </el-form-item>
        <el-form-item :label="noteRequired ? t('hazard.rejectReason') : t('hazard.note')" :required="noteRequired" :error="err('note')"
                      data-testid="hazard-note-item">
          <el-input v-model="form.note" type="textarea" :autosize="{ minRows: 2, maxRows: 6 }" maxlength="1000" data-testid="hazard-note" />
        </el-form-item>
      </el-form>
      <template #footer>
        <el-button data-testid="hazard-step-cancel" @click="close">{{ t('common.cancel') }}</el-button>
        <el-button type="primary" :loading="busy" data-testid="hazard-step-save" @click="save">{{ t('common.confirm') }}</el-button>
      </template>
    </el-dialog>`,
};
