// The 'sg' object the shell provides to a UI module's components (docs/architecture.md, "Web shell and UI modules").
import { computed, reactive, readonly } from 'vue';
import { ElMessage } from 'element-plus';
import { request, resolvePath } from './api.js';
import { hasText, locale, t } from './i18n.js';
import { can, session } from './session.js';

export function notify(type, message) {
  ElMessage({ type: type === 'danger' ? 'error' : type, message: String(message ?? ''), showClose: true, grouping: true });
}

export function createSg(mod) {
  const moduleId = mod.id;
  return readonly(
    reactive({
      moduleId,
      locale: computed(() => locale.value),
      user: computed(() => session.user),
      api: (path, options) => request(resolvePath(mod.apiBase, path), options),
      // module keys are '<module>.<key>'; a key without the prefix is looked up in the module too
      t: (key, params) => {
        if (!key.startsWith(`${moduleId}.`) && !hasText(key) && hasText(`${moduleId}.${key}`)) {
          return t(`${moduleId}.${key}`, params);
        }
        return t(key, params);
      },
      can,
      notify,
    }),
  );
}
