// Create a user (POST /api/users) or edit one (PUT /api/users/{username}); 422 field messages go by the fields.
import { computed, reactive, ref, watch } from 'vue';
import { fieldErrors, request } from './api.js';
import { t } from './i18n.js';
import { errorText, required } from './forms.js';
import { isValidRole, roleGroups, roleLabel } from './roles.js';
import { notify } from './sg.js';

export default {
  name: 'UserDialog',
  props: {
    modelValue: { type: Boolean, default: false },
    user: { type: Object, default: null }, // null: create
    knownRoles: { type: Array, default: () => [] },
  },
  emits: ['update:modelValue', 'saved'],
  setup(props, { emit }) {
    const form = reactive({ username: '', displayName: '', password: '', roles: [], enabled: true });
    const errors = ref({});
    const busy = ref(false);
    const formRef = ref(null);
    const creating = computed(() => !props.user);
    const groups = computed(() => roleGroups([...props.knownRoles, ...form.roles]));
    const validRoles = (rule, value, done) => {
      const bad = (value ?? []).find((r) => !isValidRole(r));
      return bad ? done(new Error(t('users.roleInvalid', { role: bad }))) : done();
    };
    const rules = computed(() => ({
      username: creating.value ? [required()] : [],
      displayName: [required()],
      password: creating.value ? [required()] : [],
      roles: [{ validator: validRoles, trigger: 'change' }],
    }));

    watch(
      () => props.modelValue,
      (open) => {
        if (!open) return;
        const u = props.user ?? {};
        Object.assign(form, {
          username: u.username ?? '',
          displayName: u.displayName ?? '',
          password: '',
          roles: [...(u.roles ?? [])],
          enabled: u.enabled ?? true,
        });
        errors.value = {};
        formRef.value?.clearValidate();
      },
    );

    const close = () => emit('update:modelValue', false);

    async function save() {
      errors.value = {};
      if (!(await formRef.value.validate().catch(() => false))) return;
      busy.value = true;
      const roles = [...new Set(form.roles.map((r) => r.trim()))];
      try {
        const saved = creating.value
          ? await request('/api/users', {
              method: 'POST',
              body: { username: form.username.trim(), displayName: form.displayName.trim(), password: form.password, roles },
            })
          : await request(`/api/users/${encodeURIComponent(props.user.username)}`, {
              method: 'PUT',
              body: { displayName: form.displayName.trim(), roles, enabled: form.enabled },
            });
        const name = saved?.username ?? form.username;
        notify('success', t(creating.value ? 'users.created' : 'users.updated', { name }));
        emit('saved', saved);
        close();
      } catch (e) {
        errors.value = fieldErrors(e);
        if (e.status === 409) errors.value = { username: e.message };
        else if (e.status !== 422 && errorText(e)) notify('error', errorText(e));
      } finally {
        busy.value = false;
      }
    }

    return { props, form, errors, busy, formRef, creating, groups, rules, close, save, t, roleLabel };
  },
  template: `
    <el-dialog :model-value="props.modelValue" @update:model-value="close" width="min(560px, 94vw)" append-to-body
               :title="creating ? t('users.createTitle') : t('users.editTitle', { name: props.user.username })"
               data-testid="user-dialog">
      <el-form ref="formRef" :model="form" :rules="rules" label-width="auto" label-position="top"
               @submit.prevent="save">
        <el-form-item :label="t('users.username')" prop="username" :error="errors.username">
          <el-input v-model="form.username" :disabled="!creating" autocomplete="off" data-testid="user-username" />
        </el-form-item>
        <el-form-item :label="t('users.displayName')" prop="displayName" :error="errors.displayName">
          <el-input v-model="form.displayName" autocomplete="off" data-testid="user-display-name" />
        </el-form-item>
        <el-form-item v-if="creating" :label="t('users.password')" prop="password" :error="errors.password">
          <el-input v-model="form.password" type="password" show-password autocomplete="new-password"
                    data-testid="user-password" />
        </el-form-item>
        <el-form-item :label="t('users.roles')" prop="roles" :error="errors.roles">
          <el-select v-model="form.roles" multiple filterable allow-create default-first-option
                     :reserve-keyword="false" :placeholder="t('users.rolesPlaceholder')" data-testid="user-roles"
                     style="width: 100%">
            <el-option-group v-for="g in groups" :key="g.label" :label="g.label">
              <el-option v-for="r in g.roles" :key="r" :label="roleLabel(r)" :value="r">
                <span>{{ roleLabel(r) }}</span><span class="sg-option-code">{{ r }}</span>
              </el-option>
            </el-option-group>
          </el-select>
          <div class="sg-field-hint">{{ t('users.rolesHint') }}</div>
        </el-form-item>
        <el-form-item v-if="!creating" :label="t('users.enabled')" :error="errors.enabled">
          <el-switch v-model="form.enabled" :active-text="t('users.enabledOn')" :inactive-text="t('users.enabledOff')"
                     data-testid="user-enabled" />
        </el-form-item>
      </el-form>
      <template #footer>
        <el-button @click="close">{{ t('common.cancel') }}</el-button>
        <el-button type="primary" :loading="busy" data-testid="user-save" @click="save">{{ t('common.save') }}</el-button>
      </template>
    </el-dialog>`,
};
