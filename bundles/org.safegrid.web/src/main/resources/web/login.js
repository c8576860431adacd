// #/login: user name and password; the server's 401 message is shown as it is.
import { reactive, ref } from 'vue';
import { t, toggleLocale } from './i18n.js';
import { login } from './session.js';
import { navigate, route } from './router.js';
import { startSession } from './lifecycle.js';
import { required } from './forms.js';

export default {
  name: 'LoginPage',
  setup() {
    const form = reactive({ username: '', password: '' });
    const formRef = ref(null);
    const busy = ref(false);
    const error = ref('');
    const rules = {
      username: [required('login.usernameRequired')],
      password: [required('login.passwordRequired')],
    };

    async function submit() {
      error.value = '';
      if (!(await formRef.value.validate().catch(() => false))) return;
      busy.value = true;
      try {
        await login(form.username.trim(), form.password);
        startSession();
        const next = route.query.next;
        navigate(next && next.startsWith('/') && !next.startsWith('/login') ? next : '/');
      } catch (e) {
        form.password = '';
        if (e.status === 0) error.value = t('errors.network');
        else if (e.status === 401) error.value = e.message || t('login.failed');
        else error.value = e.message || t('errors.unknown');
      } finally {
        busy.value = false;
      }
    }

    return { form, formRef, rules, busy, error, submit, t, toggleLocale };
  },
  template: `
    <div class="sg-login">
      <div class="sg-login-top">
        <el-button class="sg-login-lang" text data-testid="lang-switch" :title="t('header.switchTitle')"
                   @click="toggleLocale">{{ t('header.switchTo') }}</el-button>
      </div>
      <div class="sg-login-panel">
        <div class="sg-login-intro">
          <img src="/ui/logo.svg" alt="" class="sg-login-logo">
          <div class="sg-login-welcome">{{ t('login.welcome') }}</div>
          <h1>{{ t('app.title') }}</h1>
          <p>{{ t('login.intro') }}</p>
        </div>
        <el-card class="sg-login-card" shadow="always">
          <h2>{{ t('login.title') }}</h2>
          <el-alert v-if="error" :title="error" type="error" show-icon :closable="false" class="sg-login-error"
                    data-testid="login-error" />
          <el-form ref="formRef" :model="form" :rules="rules" label-position="top" size="large"
                   @submit.prevent="submit">
            <el-form-item :label="t('login.username')" prop="username">
              <el-input v-model="form.username" autocomplete="username" prefix-icon="User" autofocus
                        data-testid="login-username" name="username" />
            </el-form-item>
            <el-form-item :label="t('login.password')" prop="password">
              <el-input v-model="form.password" type="password" show-password autocomplete="current-password"
                        prefix-icon="Lock" data-testid="login-password" name="password" />
            </el-form-item>
            <el-button type="primary" native-type="submit" :loading="busy" class="sg-login-submit"
                       data-testid="login-submit">{{ t('login.submit') }}</el-button>
          </el-form>
          <div class="sg-login-hint">{{ t('login.hint') }}</div>
        </el-card>
      </div>
      <div class="sg-login-footer">{{ t('app.title') }}</div>
    </div>`,
};
