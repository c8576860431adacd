// A block of the department dashboard: its own loading, and a short message instead of its content when its API
// answers an error (404 when the bundle behind it is not deployed), so one missing part never breaks the page.
import { onBeforeUnmount, reactive, watch } from 'vue';
import { locale, t } from './i18n.js';
import { errorText } from './forms.js';

/**
 * The state of a block that reads `load()` (a function answering the block's data): {data, error, loading} plus
 * reload(). It loads at once, again when `trigger()` changes (the dashboard's refresh, another department) and when
 * the language changes (texts from the server follow it). An answer overtaken by a newer one is dropped.
 */
export function useBlock(load, trigger) {
  const state = reactive({ data: null, error: null, loading: false });
  let sequence = 0;
  let alive = true;
  onBeforeUnmount(() => {
    alive = false;
  });
  async function reload() {
    const mine = ++sequence;
    state.loading = true;
    try {
      const data = await load();
      if (mine !== sequence || !alive) return;
      state.data = data;
      state.error = null;
    } catch (e) {
      if (mine !== sequence || !alive) return;
      state.error = e;
      state.data = null;
    } finally {
      if (mine === sequence) state.loading = false;
    }
  }
  watch([trigger, locale], reload, { immediate: true });
  return Object.assign(state, { reload });
}

/** The short text a block shows for an error. */
export function blockError(error) {
  if (!error) return '';
  if (error.status === 404) return t('dashboard.unavailable');
  if (error.status === 403) return t('dashboard.forbidden');
  return errorText(error) ?? t('errors.unknown');
}

export default {
  name: 'DashboardBlock',
  props: {
    title: { type: String, required: true },
    state: { type: Object, required: true },
    testid: { type: String, required: true },
    // a link to the full page of the block ('#/hazards?department=…')
    more: { type: String, default: '' },
  },
  setup() {
    return { blockError, t };
  },
  template: `
    <el-card shadow="never" class="sg-section sg-dash-block" :data-testid="testid">
      <template #header>
        <div class="sg-card-header">
          <span class="sg-card-title">{{ title }}</span>
          <el-link v-if="more && !state.error" :href="more" type="primary" :underline="false" :data-testid="testid + '-more'">
            {{ t('dashboard.more') }}</el-link>
        </div>
      </template>
      <div v-if="state.error" class="sg-dash-unavailable" :data-testid="testid + '-unavailable'">
        <el-icon><WarningFilled /></el-icon><span>{{ blockError(state.error) }}</span>
      </div>
      <div v-else v-loading="state.loading && !state.data" class="sg-dash-body">
        <slot v-if="state.data" :data="state.data" />
      </div>
    </el-card>`,
};
