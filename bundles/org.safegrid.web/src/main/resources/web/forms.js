// Form helpers shared by the shell's dialogs: rules whose texts follow the language, server errors as text.
import { t } from './i18n.js';

/** A required-field rule; its message is translated when it is shown. */
export function required(key = 'users.required') {
  return {
    required: true,
    trigger: 'blur',
    validator: (rule, value, done) => {
      const empty = value == null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && !value.length);
      return empty ? done(new Error(t(key))) : done();
    },
  };
}

/** The text of an error for a toast; null for 401 and 403, which the shell already answers. */
export function errorText(error) {
  if (error?.status === 401 || error?.status === 403) return null;
  if (error?.status === 0) return t('errors.network');
  return error?.message || t('errors.unknown');
}

/**
 * The 422 messages of indexed fields, such as 'contacts[2].phone' or 'persons[3].phone', for one list:
 * {2: {phone: '...'}}. The other messages stay in `rest`.
 */
export function indexedErrors(fields, list) {
  const rows = {};
  const rest = {};
  const pattern = new RegExp(`^${list}\\[(\\d+)\\]\\.?(.*)$`);
  for (const [key, message] of Object.entries(fields ?? {})) {
    const m = pattern.exec(key);
    if (m) {
      const row = (rows[m[1]] ??= {});
      row[m[2] || '_'] = message;
    } else {
      rest[key] = message;
    }
  }
  return { rows, rest };
}
