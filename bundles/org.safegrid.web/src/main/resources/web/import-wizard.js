// #/enterprises/import: 批量导入企业 in three steps: choose a spreadsheet (templates to download), check it in a dry run
// with upload and processing progress, then read the report and import (atomic or the valid rows only).
import { computed, reactive } from 'vue';
import { t } from './i18n.js';
import { errorText } from './forms.js';
import { navigate } from './router.js';
import { notify } from './sg.js';
import { downloadFile } from './download.js';
import { jobPercent, useImportJob } from './import-job.js';
import FileDrop from './file-drop.js';
import ImportRefusal from './import-refusal.js';
import ImportReport from './import-report.js';

const MODES = ['atomic', 'valid-rows'];

export default {
  name: 'ImportWizard',
  components: { FileDrop, ImportRefusal, ImportReport },
  setup() {
    const { state: run, run: start, reset } = useImportJob();
    const w = reactive({ step: 0, file: null, mode: 'atomic', checked: null, result: null, dryRun: true });

    async function template(ext) {
      try {
        await downloadFile(`/api/enterprises/template.${ext}`, { fallbackName: `${t('import.templateName')}.${ext}` });
      } catch (e) {
        if (errorText(e)) notify('error', errorText(e));
      }
    }

    function chooseAgain() {
      reset();
      Object.assign(w, { step: 0, checked: null, result: null });
    }

    async function check() {
      w.dryRun = true;
      w.checked = null;
      const job = await start(w.file, { mode: w.mode, dryRun: true });
      if (job?.state === 'DONE') {
        w.checked = job;
        w.step = 2;
      }
    }

    async function importNow() {
      w.dryRun = false;
      const job = await start(w.file, { mode: w.mode, dryRun: false });
      if (job?.state === 'DONE') {
        w.result = job;
        if (job.imported > 0) notify('success', t('import.importedToast', { count: job.imported }));
      }
    }

    const busy = computed(() => run.phase === 'uploading' || run.phase === 'running');
    const percent = computed(() => jobPercent(run.job));
    const errorsInChecked = computed(() => (w.checked?.errorCount ?? w.checked?.errors?.length ?? 0) > 0);
    // atomic with errors imports nothing; nothing valid imports nothing either
    const blocked = computed(() => {
      if (!w.checked) return true;
      if (w.mode === 'atomic' && errorsInChecked.value) return 'atomic';
      const bad = new Set((w.checked.errors ?? []).filter((e) => e.row > 0).map((e) => e.row)).size;
      return (w.checked.total ?? 0) - bad <= 0 ? 'empty' : false;
    });
    const skipped = computed(() => (w.result ? Math.max(0, (w.result.total ?? 0) - (w.result.imported ?? 0)) : 0));

    return { w, run, busy, percent, blocked, skipped, template, chooseAgain, check, importNow, reset, t, navigate, MODES };
  },
  template: `
    <el-card shadow="never" class="sg-section sg-import" data-testid="import-wizard">
      <template #header>
        <div class="sg-card-header sg-wrap">
          <div>
            <span class="sg-card-title">{{ t('import.title') }}</span>
            <span class="sg-muted sg-subtitle">{{ t('import.subtitle') }}</span>
          </div>
          <el-button icon="Back" data-testid="import-to-list-top" @click="navigate('/enterprises')">{{ t('enterprise.backToList') }}</el-button>
        </div>
      </template>
      <el-steps :active="w.result ? 3 : w.step" finish-status="success" align-center class="sg-steps">
        <el-step :title="t('import.step1')" />
        <el-step :title="t('import.step2')" />
        <el-step :title="t('import.step3')" />
      </el-steps>

      <div v-if="w.step === 0" class="sg-step-body" data-testid="import-step-file">
        <div class="sg-templates">
          <span>{{ t('import.templates') }}</span>
          <el-button link type="primary" icon="Download" data-testid="import-template-xlsx" @click="template('xlsx')">{{ t('import.templateXlsx') }}</el-button>
          <el-button link type="primary" icon="Download" data-testid="import-template-csv" @click="template('csv')">{{ t('import.templateCsv') }}</el-button>
        </div>
        <div class="sg-field-hint">{{ t('import.columnsHint') }}</div>
        <FileDrop v-model="w.file" class="sg-gap-top" />
        <div class="sg-form-actions">
          <el-button type="primary" :disabled="!w.file" data-testid="import-next" @click="w.step = 1">{{ t('import.next') }}</el-button>
        </div>
      </div>

      <div v-else class="sg-step-body">
        <div class="sg-chosen-file" data-testid="import-chosen">
          <el-icon><Document /></el-icon> {{ w.file.name }}
          <el-button link type="primary" :disabled="busy" data-testid="import-choose-again" @click="chooseAgain">{{ t('import.chooseAgain') }}</el-button>
        </div>

        <template v-if="!w.result">
          <ImportReport v-if="w.step === 2 && w.checked" :job="w.checked" />
          <div class="sg-import-mode">
            <div class="sg-import-mode-title">{{ t('import.mode') }}</div>
            <el-radio-group v-model="w.mode" :disabled="busy" data-testid="import-mode">
              <el-radio v-for="m in MODES" :key="m" :value="m" border :data-testid="'import-mode-' + m">
                {{ t('import.modes.' + m) }}<span class="sg-muted sg-mode-hint">{{ t('import.modeHints.' + m) }}</span>
              </el-radio>
            </el-radio-group>
          </div>
          <el-alert v-if="w.step === 2 && blocked === 'atomic'" type="warning" :closable="false" show-icon
                    :title="t('import.atomicBlocked')" data-testid="import-atomic-blocked" />
          <el-alert v-if="w.step === 2 && blocked === 'empty'" type="warning" :closable="false" show-icon
                    :title="t('import.nothingValid')" data-testid="import-nothing-valid" />

          <div v-if="run.phase === 'uploading' || run.phase === 'running'" class="sg-progress" data-testid="import-busy">
            <div class="sg-progress-label">{{ t('import.uploading') }}</div>
            <el-progress :percentage="run.upload" :stroke-width="14" data-testid="import-upload-progress" />
            <template v-if="run.phase === 'running'">
              <div class="sg-progress-label">{{ w.dryRun ? t('import.checking') : t('import.importing') }}
                <span v-if="run.job && run.job.total" data-testid="import-processed">{{ run.job.processed ?? 0 }} / {{ run.job.total }}</span></div>
              <el-progress :percentage="percent ?? 100" :indeterminate="percent === null" :stroke-width="14" status="success"
                           data-testid="import-progress" />
            </template>
          </div>
          <ImportRefusal v-if="run.phase === 'error'" :error="run.error" :file-size="w.file.size" />
          <el-alert v-if="run.phase === 'failed'" type="error" :closable="false" show-icon :title="t('import.jobFailed')"
                    data-testid="import-failed">
            <div v-for="(e, i) in (run.job && run.job.errors || []).slice(0, 5)" :key="i">{{ e.message }}</div>
          </el-alert>

          <div class="sg-form-actions">
            <el-button v-if="w.step === 1" :disabled="busy" data-testid="import-previous" @click="chooseAgain">{{ t('import.previous') }}</el-button>
            <el-button v-if="w.step === 1" type="primary" icon="Finished" :loading="busy" data-testid="import-dry-run"
                       @click="check">{{ t('import.dryRun') }}</el-button>
            <el-button v-if="w.step === 2" :disabled="busy" data-testid="import-check-again" @click="check">{{ t('import.checkAgain') }}</el-button>
            <el-button v-if="w.step === 2" type="primary" icon="Upload" :loading="busy" :disabled="!!blocked"
                       data-testid="import-run" @click="importNow">{{ t('import.run') }}</el-button>
          </div>
        </template>

        <template v-else>
          <el-result :icon="w.result.imported > 0 ? 'success' : 'warning'" data-testid="import-done"
                     :title="t('import.doneTitle', { count: w.result.imported ?? 0 })"
                     :sub-title="skipped ? t('import.doneSkipped', { count: skipped }) : t('import.doneAll')">
            <template #extra>
              <div class="sg-muted">{{ t('import.importedLabel') }}：<strong data-testid="import-imported">{{ w.result.imported ?? 0 }}</strong></div>
              <div class="sg-form-actions sg-center">
                <el-button type="primary" icon="List" data-testid="import-to-list" @click="navigate('/enterprises')">{{ t('import.toList') }}</el-button>
                <el-button icon="Upload" data-testid="import-again" @click="chooseAgain">{{ t('import.again') }}</el-button>
              </div>
            </template>
          </el-result>
          <ImportReport v-if="(w.result.errors || []).length" :job="w.result" />
        </template>
      </div>
    </el-card>`,
};
