// #/m/<module>/<route>: imports the module's UI (once), then shows routes[route] under provide('sg').
import { h, onErrorCaptured, provide, reactive, ref, watch } from 'vue';
import { findModule, loadUiModule, moduleSignature, modules } from './modules.js';
import { createSg } from './sg.js';
import { t } from './i18n.js';
import { ModuleUnavailable, NotFound } from './status-pages.js';

/** Gives one module's page its 'sg' and catches what it throws while rendering. */
const ModuleHost = {
  name: 'ModuleHost',
  props: { module: { type: Object, required: true }, page: { type: [Object, Function], required: true } },
  emits: ['failed'],
  setup(props, { emit }) {
    provide('sg', createSg(props.module));
    onErrorCaptured((error) => {
      console.error(`[safegrid] module ${props.module.id} failed`, error);
      emit('failed', error);
      return false;
    });
    return () => h(props.page);
  },
};

export default {
  name: 'ModulePage',
  components: { ModuleHost, ModuleUnavailable, NotFound },
  props: { moduleId: { type: String, required: true }, routeName: { type: String, default: '' } },
  setup(props) {
    const state = reactive({ status: 'loading', ui: null, module: null, signature: '' });
    const attempt = ref(0);

    async function load() {
      const mod = findModule(props.moduleId);
      if (!mod) {
        state.status = modules.loaded ? 'unavailable' : 'loading';
        state.ui = null;
        return;
      }
      const signature = moduleSignature(mod);
      if (state.status === 'ready' && state.signature === signature) return; // unchanged: keep the page as it is
      state.status = 'loading';
      try {
        const ui = await loadUiModule(mod);
        if (moduleSignature(findModule(props.moduleId)) !== signature) return; // changed meanwhile: loads again
        state.ui = ui;
        state.module = mod;
        state.signature = signature;
        state.status = 'ready';
      } catch (error) {
        console.error(`[safegrid] cannot load ${mod.uiModule}`, error);
        state.status = 'unavailable';
      }
    }

    watch([() => moduleSignature(findModule(props.moduleId)), () => modules.loaded, attempt], load, {
      immediate: true,
    });

    const retry = () => attempt.value++;
    const failed = () => (state.status = 'unavailable');
    const page = () => state.ui?.routes?.[props.routeName] ?? state.ui?.routes?.[Object.keys(state.ui.routes)[0]];
    return { state, t, retry, failed, page, props };
  },
  template: `
    <div class="sg-module-page" :data-testid="'module-page-' + props.moduleId">
      <el-card v-if="state.status === 'loading'" shadow="never" class="sg-module-loading" v-loading="true"
               :element-loading-text="t('module.loading')" />
      <ModuleUnavailable v-else-if="state.status === 'unavailable'" :retry="retry" />
      <NotFound v-else-if="!state.ui.routes[props.routeName] && props.routeName" />
      <ModuleHost v-else :key="state.signature + '/' + props.routeName" :module="state.module" :page="page()"
                  @failed="failed" />
    </div>`,
};
