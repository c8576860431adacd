// #/enterprises/<id>/plate: the responsibility plate of one enterprise, with its people (editor), its history and
// its appraisals as tabs (?tab=history|appraisals keeps the tab in the URL).
import { onMounted, reactive } from 'vue';
import { request } from './api.js';
import { t } from './i18n.js';
import { errorText } from './forms.js';
import { back, replaceQuery, route } from './router.js';
import { notify } from './sg.js';
import { ensureReference } from './reference-data.js';
import PlateEditor from './plate-editor.js';
import PlateHistory from './plate-history.js';
import Appraisals from './appraisals.js';

const TABS = ['people', 'history', 'appraisals'];

export default {
  name: 'PlatePage',
  components: { PlateEditor, PlateHistory, Appraisals },
  setup() {
    const id = route.params.id;
    const state = reactive({
      plate: null, loading: true, missing: false, error: '',
      tab: TABS.includes(route.query.tab) ? route.query.tab : 'people', historyKey: 0,
    });

    async function load() {
      state.loading = true;
      try {
        state.plate = await request(`/api/plates/${id}`);
        state.error = '';
      } catch (e) {
        state.missing = e.status === 404;
        state.error = errorText(e) ?? '';
        if (!state.missing && state.error) notify('error', state.error);
      } finally {
        state.loading = false;
      }
    }
    onMounted(() => {
      ensureReference();
      load();
    });

    function saved(plate) {
      if (plate) state.plate = plate;
      else load();
      state.historyKey++;
    }
    function tabChange(name) {
      replaceQuery({ tab: name === 'people' ? '' : name });
    }
    return { id, state, load, saved, tabChange, back: () => back(`/enterprises/${id}`), t };
  },
  template: `
    <div data-testid="plate-page">
      <el-card v-if="state.missing" shadow="never" class="sg-status-page" data-testid="plate-not-found">
        <el-result icon="info" :title="t('enterprise.notFound')" :sub-title="t('enterprise.notFoundDetail')" />
      </el-card>
      <el-card v-else shadow="never" class="sg-section" v-loading="state.loading">
        <template #header>
          <div class="sg-card-header sg-wrap">
            <div>
              <span class="sg-card-title">{{ t('plate.title') }}</span>
              <span v-if="state.plate" class="sg-muted sg-subtitle">
                <a :href="'#/enterprises/' + id" class="sg-link" data-testid="plate-enterprise-link">{{ state.plate.enterpriseName }}</a>
                · <span class="sg-mono">{{ state.plate.creditCode }}</span></span>
            </div>
            <div class="sg-toolbar">
              <el-button icon="Back" data-testid="plate-back" @click="back">{{ t('common.back') }}</el-button>
              <el-button icon="Refresh" data-testid="plate-reload" @click="load">{{ t('common.refresh') }}</el-button>
              <el-button icon="Printer" tag="a" :href="'#/enterprises/' + id + '/plate/print'"
                         data-testid="plate-print">{{ t('plate.print') }}</el-button>
            </div>
          </div>
        </template>
        <el-alert v-if="!state.plate && state.error" type="error" :closable="false" show-icon :title="state.error" />
        <el-tabs v-if="state.plate" v-model="state.tab" @tab-change="tabChange">
          <el-tab-pane name="people">
            <template #label><span data-testid="plate-tab-people">{{ t('plate.tabPeople') }}</span></template>
            <PlateEditor :plate="state.plate" @saved="saved" @reload="load" />
          </el-tab-pane>
          <el-tab-pane name="history" lazy>
            <template #label><span data-testid="plate-tab-history">{{ t('plate.tabHistory') }}</span></template>
            <PlateHistory :key="state.historyKey" :enterprise-id="id" />
          </el-tab-pane>
          <el-tab-pane name="appraisals" lazy>
            <template #label><span data-testid="plate-tab-appraisals">{{ t('plate.tabAppraisals') }}</span></template>
            <Appraisals :plate="state.plate" />
          </el-tab-pane>
        </el-tabs>
      </el-card>
    </div>`,
};
