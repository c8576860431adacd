// Shell texts and module texts, zh-CN by default, English one click away (kept in localStorage).
import { computed, reactive, ref } from 'vue';
import elZhCn from 'element-plus/locale/zh-cn';
import elEn from 'element-plus/locale/en';
import zhCN from './messages-zh-CN.js';
import en from './messages-en.js';

export const LOCALES = ['zh-CN', 'en'];
const STORAGE_KEY = 'safegrid.locale';

const stored = readStored();
export const locale = ref(LOCALES.includes(stored) ? stored : 'zh-CN');
export const elementLocale = computed(() => (locale.value === 'en' ? elEn : elZhCn));

const shellMessages = { 'zh-CN': zhCN, en };
// module id -> { 'zh-CN': {...}, en: {...} }; a key 'emergency.title' looks in moduleMessages.emergency first
const moduleMessages = reactive({});

function readStored() {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

function lookup(tree, path) {
  let node = tree;
  for (const part of path) {
    if (node == null || typeof node !== 'object') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

function find(lang, key) {
  const parts = key.split('.');
  const own = moduleMessages[parts[0]];
  if (own) {
    const found = lookup(own[lang], parts.slice(1));
    if (found !== undefined) return found;
  }
  return lookup(shellMessages[lang], parts);
}

/** Translates a key ('users.title', 'emergency.title'); {name} placeholders take params.name. */
export function t(key, params) {
  const other = locale.value === 'en' ? 'zh-CN' : 'en';
  const text = find(locale.value, key) ?? find(other, key) ?? key;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (all, name) => (params[name] ?? all).toString());
}

/** Whether a key has a text in some language. */
export function hasText(key) {
  return find('zh-CN', key) !== undefined || find('en', key) !== undefined;
}

/** Picks the current language out of a {zh, en} text from the server. */
export function pick(text) {
  if (text == null) return '';
  if (typeof text === 'string') return text;
  const zh = text.zh ?? text['zh-CN'];
  return (locale.value === 'en' ? (text.en ?? zh) : (zh ?? text.en)) ?? '';
}

/** Merges a UI module's messages ({'zh-CN': {...}, en: {...}}; 'zh' is taken for 'zh-CN'). */
export function mergeMessages(moduleId, messages) {
  const m = messages ?? {};
  moduleMessages[moduleId] = { 'zh-CN': m['zh-CN'] ?? m.zh ?? {}, en: m.en ?? {} };
}

export function removeMessages(moduleId) {
  delete moduleMessages[moduleId];
}

export function setLocale(next) {
  if (!LOCALES.includes(next)) return;
  locale.value = next;
  try {
    localStorage.setItem(STORAGE_KEY, next);
  } catch {
    // private mode: the choice lasts for this page only
  }
  applyDocument();
}

export function toggleLocale() {
  setLocale(locale.value === 'en' ? 'zh-CN' : 'en');
}

/** Date and time as the current language writes them. */
export function formatDate(value, options = { dateStyle: 'full' }) {
  return new Intl.DateTimeFormat(locale.value, options).format(value);
}

export function applyDocument() {
  document.documentElement.lang = locale.value;
  document.title = t('app.title');
}
