// Small helpers shared by the planning pages: dates as the REST API writes them, and error handling.
import { inject } from 'vue';

const pad = (n) => String(n).padStart(2, '0');

/** 2026-11-28 for a Date (local time). */
export function isoDate(d) {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** 2026-11-28T08:30:00 for a Date (local time). */
export function isoDateTime(d) {
  return `${isoDate(d)}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/** The day `days` after an ISO date, as an ISO date. */
export function addDays(date, days) {
  const [y, m, d] = date.split('-').map(Number);
  return isoDate(new Date(y, m - 1, d + days));
}

/** 2026-11-28 08:30 for 2026-11-28T08:30:00; '' for nothing. */
export function showDateTime(value) {
  return value ? value.slice(0, 16).replace('T', ' ') : '';
}

/** 08:30 for 2026-11-28T08:30:00, with the date when it differs from `onDate`. */
export function showTime(value, onDate) {
  if (!value) return '';
  return value.slice(0, 10) === onDate ? value.slice(11, 16) : showDateTime(value).slice(5);
}

// Element Plus date pickers: the formats the API speaks
export const DATE_FORMAT = 'YYYY-MM-DD';
export const DATE_TIME_FORMAT = 'YYYY-MM-DD[T]HH:mm:ss';

export const PHONE = /^(?:(?:\+|00)86-?)?1[3-9]\d{9}$|^(?:(?:0\d{2,3}|\(0\d{2,3}\))-?)?[2-9]\d{6,7}(?:(?:-|转|ext\.?)\d{1,6})?$/;

/**
 * sg plus `t` for this module's keys, `fail` to report an error from sg.api, and `send` to POST/PUT a form
 * asking for the 422 field messages in the shell's language.
 */
export function useModule() {
  const sg = inject('sg');
  const t = (key, params) => sg.t(`planning.${key}`, params);
  const fail = (e) => sg.notify('error', (e && e.message) || t('common.loadFailed'));
  const send = (path, method, body) => sg.api(path, { method, body, headers: { 'Accept-Language': sg.locale } });
  return { sg, t, fail, send };
}

/**
 * Client-side checks before a save; returns {field: message}. `rules` maps a field to
 * {required, max, phone}; the server checks the same and more, its 422 answer lands in the same place.
 */
export function check(form, rules, t) {
  const errors = {};
  for (const [field, rule] of Object.entries(rules)) {
    const raw = form[field];
    const value = typeof raw === 'string' ? raw.trim() : raw;
    if (value === undefined || value === null || value === '') {
      if (rule.required) errors[field] = t('common.required');
    } else if (rule.max && String(value).length > rule.max) {
      errors[field] = t('common.tooLong', { max: rule.max });
    } else if (rule.phone && !PHONE.test(String(value).replace(/(?<=[\d)]) (?=[\d(])/g, ''))) {
      errors[field] = t('common.badPhone');
    }
  }
  return errors;
}

/** Replaces the contents of a reactive errors object with the 422 answer's details.fields; other errors rethrow. */
export function takeFieldErrors(e, errors) {
  Object.keys(errors).forEach((k) => delete errors[k]);
  if (e && e.status === 422 && e.details && e.details.fields) {
    Object.assign(errors, e.details.fields);
    return true;
  }
  return false;
}

/**
 * The save step every add/edit dialog shares: the client checks (and `more(errors)` for checks across fields), POST
 * to `path` or PUT to `path/id`, a toast, 'saved' and close; a 422 puts the server's field messages under the fields.
 */
export async function saveDialog({ sg, t, send, emit, form, errors, rules, saving, path, id, more }) {
  Object.keys(errors).forEach((k) => delete errors[k]);
  Object.assign(errors, check(form, rules, t));
  more?.(errors);
  if (Object.keys(errors).length) return;
  saving.value = true;
  try {
    const body = trimmed(form);
    const saved = id != null ? await send(`${path}/${id}`, 'PUT', body) : await send(path, 'POST', body);
    sg.notify('success', t('common.saved'));
    emit('saved', saved);
    emit('update:modelValue', false);
  } catch (e) {
    sg.notify('error', takeFieldErrors(e, errors) ? t('common.invalid') : e.message);
  } finally {
    saving.value = false;
  }
}

/** A query object without empty values, so that nothing is sent as "undefined" or "null". */
export function compact(query) {
  return Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined && v !== null && v !== ''));
}

/** Trimmed copy of a form: blank strings become null, so optional fields are left out. */
export function trimmed(form) {
  const out = {};
  for (const [k, v] of Object.entries(form)) {
    const value = typeof v === 'string' ? v.trim() : v;
    out[k] = value === '' ? null : value;
  }
  return out;
}
