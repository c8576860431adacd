// What every paged list page shares: filters kept in the URL query (a reload or a shared link keeps them), and one
// page of rows from the server ({items, page, size, total}).
import { onBeforeUnmount, reactive, watch } from 'vue';
import { request } from './api.js';
import { errorText } from './forms.js';
import { replaceQuery, route } from './router.js';
import { notify } from './sg.js';

export const PAGE_SIZES = [20, 50, 100];

function read(raw, fallback) {
  if (raw == null || raw === '') return Array.isArray(fallback) ? [] : fallback;
  if (Array.isArray(fallback)) return raw.split(',').filter(Boolean);
  if (typeof fallback === 'boolean') return raw === '1' || raw === 'true';
  if (typeof fallback === 'number') {
    const n = Number.parseInt(raw, 10);
    return Number.isFinite(n) && n > 0 ? n : fallback;
  }
  return raw;
}

function write(value, fallback) {
  if (Array.isArray(value)) return value.length ? value.join(',') : null;
  if (typeof value === 'boolean') return value ? '1' : null;
  return value === fallback ? null : value;
}

/**
 * Filters read from and written to the route's query. `defaults` gives every key with its empty value, whose type
 * says how it is kept: arrays as comma lists, booleans as 1, numbers as numbers. `page` (from 1) and `size` belong to
 * it too. apply(changes) sets some and goes back to page 1 unless `page` is among them.
 */
export function useUrlFilters(routeName, defaults) {
  const filters = reactive({});
  const fromRoute = () => {
    for (const [key, fallback] of Object.entries(defaults)) filters[key] = read(route.query[key], fallback);
  };
  fromRoute();

  function apply(changes) {
    Object.assign(filters, changes);
    if (!('page' in changes)) filters.page = 1;
    const query = {};
    for (const [key, fallback] of Object.entries(defaults)) query[key] = write(filters[key], fallback);
    replaceQuery(query);
  }

  // back, forward and edited links change the query from outside
  watch(
    () => route.query,
    () => {
      if (route.name === routeName) fromRoute();
    },
  );
  return { filters, apply };
}

/**
 * One page of a list from the server. params() gives the query of the request; load() asks again. An answer that
 * comes after a newer request was sent is dropped.
 */
export function usePagedList(path, params) {
  const list = reactive({ items: [], total: 0, loading: false, error: null });
  let sequence = 0;
  let alive = true;
  onBeforeUnmount(() => {
    alive = false;
  });

  async function load() {
    const mine = ++sequence;
    list.loading = true;
    try {
      const answer = await request(typeof path === 'function' ? path() : path, { query: params() });
      if (mine !== sequence || !alive) return;
      list.items = Array.isArray(answer) ? answer : (answer?.items ?? []);
      list.total = Array.isArray(answer) ? answer.length : (answer?.total ?? list.items.length);
      list.error = null;
    } catch (e) {
      if (mine !== sequence || !alive) return;
      list.error = e;
      if (errorText(e)) notify('error', errorText(e));
    } finally {
      if (mine === sequence) list.loading = false;
    }
  }
  return { list, load };
}

/** fn(value) once `ms` milliseconds have passed without another call (typing in a search box). */
export function debounced(fn, ms = 300) {
  let timer = null;
  onBeforeUnmount(() => clearTimeout(timer));
  return (value) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(value), ms);
  };
}
