// What the pages of one record share (a hazard, an inspection, a case, a submission, a template): loading it, the
// 「不存在」 answer for a 404, and a form that sends a step and shows the server's refusal where it belongs.
import { reactive, ref } from 'vue';
import { fieldErrors, request } from './api.js';
import { t } from './i18n.js';
import { errorText } from './forms.js';

/** One record read from `path()`: state {data, loading, missing, error}; load() reads it again. */
export function useRecord(path) {
  const state = reactive({ data: null, loading: true, missing: false, error: '' });
  async function load() {
    state.loading = true;
    try {
      state.data = await request(typeof path === 'function' ? path() : path);
      state.error = '';
      state.missing = false;
    } catch (e) {
      state.missing = e.status === 404;
      state.error = state.missing ? '' : (errorText(e) ?? t('errors.forbidden'));
    } finally {
      state.loading = false;
    }
  }
  return { state, load };
}

/**
 * A form sent to the server: busy while it runs, then the 422 field messages in `errors` ({field: message}) and the
 * server's message in `problem` (422, 409, 413, 415, 503, ...), for the form to show. 401 and 403 are the shell's. run(send) answers
 * {ok: true, value} or {ok: false, error}.
 */
export function useServerForm() {
  const errors = ref({});
  const problem = ref('');
  const busy = ref(false);
  function reset() {
    errors.value = {};
    problem.value = '';
  }
  async function run(send) {
    busy.value = true;
    reset();
    try {
      return { ok: true, value: await send() };
    } catch (e) {
      errors.value = fieldErrors(e);
      const text = e.status === 422 ? (e.message || t('forms.invalid')) : errorText(e);
      if (text) problem.value = text;
      return { ok: false, error: e };
    } finally {
      busy.value = false;
    }
  }
  return { errors, problem, busy, run, reset };
}

/** The 「不存在」 card of a record page. */
export const RecordMissing = {
  name: 'RecordMissing',
  props: { title: { type: String, required: true }, back: { type: String, default: '' }, backLabel: { type: String, default: '' } },
  setup(props) {
    return { props, t };
  },
  template: `
    <el-card shadow="never" class="sg-status-page" data-testid="record-missing">
      <el-result icon="info" :title="props.title" :sub-title="t('errors.recordMissing')">
        <template v-if="props.back" #extra><el-button type="primary" tag="a" :href="props.back" data-testid="record-missing-back">{{ props.backLabel }}</el-button></template>
      </el-result>
    </el-card>`,
};
