// Sets a password: an admin's reset of a user's, or the user's own (PUT /api/users/{username}/password).
import { reactive, ref, watch } from 'vue';
import { fieldErrors, request } from './api.js';
import { t } from './i18n.js';
import { errorText, required } from './forms.js';
import { notify } from './sg.js';

export default {
  name: 'PasswordDialog',
  props: {
    modelValue: { type: Boolean, default: false },
    username: { type: String, required: true },
    self: { type: Boolean, default: false },
  },
  emits: ['update:modelValue', 'done'],
  setup(props, { emit }) {
    const form = reactive({ password: '', confirm: '' });
    const errors = ref({});
    const busy = ref(false);
    const formRef = ref(null);
    const rules = {
      password: [required()],
      confirm: [{ validator: (r, v, done) => (v === form.password ? done() : done(new Error(t('password.mismatch')))) }],
    };
    watch(
      () => props.modelValue,
      (open) => {
        if (!open) return;
        form.password = '';
        form.confirm = '';
        errors.value = {};
      },
    );
    const close = () => emit('update:modelValue', false);
    async function save() {
      errors.value = {};
      if (!(await formRef.value.validate().catch(() => false))) return;
      busy.value = true;
      try {
        await request(`/api/users/${encodeURIComponent(props.username)}/password`, {
          method: 'PUT',
          body: { password: form.password },
        });
        notify('success', t('password.done'));
        emit('done');
        close();
      } catch (e) {
        errors.value = fieldErrors(e);
        if (e.status !== 422 && errorText(e)) notify('error', errorText(e));
      } finally {
        busy.value = false;
      }
    }
    return { props, form, errors, busy, formRef, rules, close, save, t };
  },
  template: `
    <el-dialog :model-value="props.modelValue" @update:model-value="close" width="min(440px, 94vw)" append-to-body
               :title="props.self ? t('password.changeTitle') : t('password.resetTitle', { name: props.username })">
      <el-form ref="formRef" :model="form" :rules="rules" label-position="top" @submit.prevent="save">
        <el-form-item :label="t('password.new')" prop="password" :error="errors.password">
          <el-input v-model="form.password" type="password" show-password autocomplete="new-password"
                    data-testid="password-new" />
        </el-form-item>
        <el-form-item :label="t('password.confirm')" prop="confirm">
          <el-input v-model="form.confirm" type="password" show-password autocomplete="new-password"
                    data-testid="password-confirm" />
        </el-form-item>
      </el-form>
      <template #footer>
        <el-button @click="close">{{ t('common.cancel') }}</el-button>
        <el-button type="primary" :loading="busy" data-testid="password-save" @click="save">{{ t('common.save') }}</el-button>
      </template>
    </el-dialog>`,
};
