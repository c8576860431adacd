// Villages, sectors, departments and plate roles, read once per session and shared by the registry pages.
import { reactive } from 'vue';
import { request } from './api.js';
import { locale } from './i18n.js';
import { localName } from './enterprise-terms.js';

export const reference = reactive({
  villages: [], // {code, name, active}
  sectors: [], // {code, name, nameEn, department, active}
  departments: [], // {id, name, nameEn, installed}
  roles: [], // {code, name, nameEn, source, duty}
  loaded: false,
  error: null,
});

const SOURCES = {
  villages: '/api/villages',
  sectors: '/api/sectors',
  departments: '/api/enterprises/departments',
  roles: '/api/plates/roles',
};

const listOf = (answer) => (Array.isArray(answer) ? answer : (answer?.items ?? []));

let pending = null;

/** Reads all reference lists again; one failing list keeps the others. */
export function refreshReference() {
  pending = Promise.all(
    Object.entries(SOURCES).map(async ([key, path]) => {
      try {
        reference[key] = listOf(await request(path));
      } catch (error) {
        reference.error = error;
      }
    }),
  ).then(() => {
    reference.loaded = true;
  });
  return pending;
}

/** Reads the lists unless they were read already in this session. */
export function ensureReference() {
  return pending ?? refreshReference();
}

/** Forgets everything (logout: the next user may see other lists). */
export function forgetReference() {
  pending = null;
  Object.assign(reference, { villages: [], sectors: [], departments: [], roles: [], loaded: false, error: null });
}

const find = (list, key, value) => list.find((x) => x[key] === value);

export const villageName = (code) => (code ? (find(reference.villages, 'code', code)?.name ?? code) : '');
export const sectorName = (code) => (code ? localName(find(reference.sectors, 'code', code)) || code : '');
export const departmentName = (id) => (id ? localName(find(reference.departments, 'id', id)) || id : '');
export const sectorOf = (code) => find(reference.sectors, 'code', code);

/** A plate role's name in the current language: from the plate's own list first, then from GET /api/plates/roles. */
export function roleName(code, plateRoles = []) {
  return localName(find(plateRoles, 'code', code)) || localName(find(reference.roles, 'code', code)) || code;
}

/** A role's duty standard in the current language, from GET /api/plates/roles. */
export function roleDuty(code) {
  const role = find(reference.roles, 'code', code);
  return (locale.value === 'en' ? role?.dutyEn || role?.duty : role?.duty) ?? '';
}
