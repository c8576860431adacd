// #/checklists/templates/<code> and #/checklists/templates/new: a checklist template's editor. Custom templates of the
// user's departments are edited (POST for a new one, PUT for the next version); contributed ones (部门内置) and those of
// other departments are shown read-only. Saving answers a version: a changed definition is the next one, the same one
// stays as it was. The version history is below.
import { computed, onMounted, reactive, ref } from 'vue';
import { request } from './api.js';
import { t } from './i18n.js';
import { indexedErrors } from './forms.js';
import { navigate, replace, route } from './router.js';
import { isAdmin, ownDepartments } from './session.js';
import { notify } from './sg.js';
import { FLAGS, flagLabel, localName } from './enterprise-terms.js';
import { ensureReference, reference } from './reference-data.js';
import { CADENCES, cadenceLabel } from './hazard-terms.js';
import { RecordMissing, useRecord, useServerForm } from './record-page.js';
import TemplateItems, { itemBody, itemRow } from './template-items.js';
import TemplateSource from './template-source.js';
import TemplateVersions from './template-versions.js';

const blank = () => ({ code: '', name: '', nameEn: '', cadence: 'DAILY', department: ownDepartments()[0] ?? '', sectors: [],
  flags: [], items: [itemRow({ code: 'item-1' })] });

export default {
  name: 'TemplateEditorPage',
  components: { TemplateItems, TemplateSource, TemplateVersions, RecordMissing },
  setup() {
    const code = route.params.code;
    const creating = !code;
    const { state, load } = useRecord(`/api/checklists/templates/${encodeURIComponent(code)}`);
    const form = reactive(blank());
    const itemErrors = ref({});
    const { errors, problem, busy, run } = useServerForm();
    const stale = ref(false);

    function fill(tpl) {
      Object.assign(form, { code: tpl.code, name: tpl.name ?? '', nameEn: tpl.nameEn ?? '', cadence: tpl.cadence,
        department: tpl.department, sectors: [...(tpl.sectors ?? [])], flags: [...(tpl.flags ?? [])],
        items: (tpl.items ?? []).map(itemRow) });
    }
    onMounted(async () => {
      ensureReference();
      if (creating) return;
      await load();
      if (state.data) fill(state.data);
    });

    const readOnly = computed(() => !creating && !state.data?.editable);
    const departments = computed(() => (isAdmin() ? reference.departments
      : reference.departments.filter((d) => ownDepartments().includes(d.id))));
    const sectors = computed(() => reference.sectors.filter((s) => s.active || form.sectors.includes(s.code)));

    async function save() {
      itemErrors.value = {};
      stale.value = false;
      const body = { name: form.name.trim(), nameEn: form.nameEn.trim() || null, cadence: form.cadence,
        department: form.department || null, sectors: form.sectors, flags: form.flags, items: form.items.map(itemBody) };
      if (creating) body.code = form.code.trim();
      else body.version = state.data.version;
      const before = state.data?.version;
      const answer = await run(() => request(creating ? '/api/checklists/templates'
        : `/api/checklists/templates/${encodeURIComponent(code)}`, { method: creating ? 'POST' : 'PUT', body }));
      if (answer.ok) {
        const saved = answer.value;
        if (creating) {
          notify('success', t('template.created', { n: saved.version }));
          replace(`/checklists/templates/${saved.code}`);
          return;
        }
        notify(saved.version === before ? 'info' : 'success',
          saved.version === before ? t('template.unchanged', { n: saved.version }) : t('template.savedVersion', { n: saved.version }));
        state.data = saved;
        fill(saved);
        return;
      }
      const e = answer.error;
      const { rows, rest } = indexedErrors(errors.value, 'items');
      itemErrors.value = rows;
      errors.value = rest;
      if (e.code === 'duplicate_template') errors.value = { ...errors.value, code: e.message };
      if (e.code === 'stale') stale.value = true;
    }
    async function reload() {
      await load();
      if (state.data) fill(state.data);
      stale.value = false;
      problem.value = '';
    }
    return { code, creating, state, form, errors, itemErrors, problem, busy, stale, readOnly, departments, sectors, save,
      reload, toList: () => navigate('/checklists/templates'), t, localName, flagLabel, cadenceLabel, FLAGS, CADENCES };
  },
  template: `
    <div data-testid="template-editor">
      <RecordMissing v-if="state.missing && !creating" :title="t('template.notFound')" back="#/checklists/templates" :back-label="t('nav.templates')" />
      <el-card v-else shadow="never" class="sg-section" v-loading="!creating && state.loading">
        <template #header>
          <div class="sg-card-header sg-wrap">
            <div>
              <span class="sg-card-title">{{ creating ? t('template.createTitle') : (form.name || code) }}</span>
              <span v-if="state.data" class="sg-muted sg-subtitle" data-testid="template-version">{{ t('template.versionN', { n: state.data.version }) }}</span>
              <TemplateSource v-if="state.data" :template="state.data" />
            </div>
            <div class="sg-toolbar">
              <el-button icon="Back" data-testid="template-back" @click="toList">{{ t('template.backToList') }}</el-button>
              <el-button v-if="!readOnly" type="primary" :loading="busy" data-testid="template-save" @click="save">{{ t('common.save') }}</el-button>
            </div>
          </div>
        </template>
        <el-alert v-if="state.error" type="error" :closable="false" show-icon :title="state.error" class="sg-section" />
        <el-alert v-if="readOnly && state.data" type="info" :closable="false" show-icon class="sg-section" data-testid="template-read-only"
                  :title="state.data.source === 'contributed' ? t('template.contributedReadOnly') : t('template.readOnly')" />
        <el-alert v-if="problem" type="error" :closable="false" show-icon :title="problem" class="sg-section" data-testid="template-problem">
          <el-button v-if="stale" size="small" type="primary" data-testid="template-reload" @click="reload">{{ t('template.reload') }}</el-button>
        </el-alert>
        <el-form v-if="creating || state.data" :model="form" label-position="top" :disabled="readOnly" @submit.prevent="save">
          <div class="sg-grid-form">
            <el-form-item :label="t('template.code')" :error="errors.code" required>
              <el-input v-model="form.code" :disabled="!creating" maxlength="60" class="sg-mono" data-testid="template-code" />
              <div v-if="creating" class="sg-field-hint">{{ t('template.codeHint') }}</div>
            </el-form-item>
            <el-form-item :label="t('enterprise.department')" :error="errors.department" required>
              <el-select v-model="form.department" :disabled="!creating" filterable data-testid="template-department">
                <el-option v-for="d in departments" :key="d.id" :value="d.id" :label="localName(d)" />
              </el-select>
            </el-form-item>
            <el-form-item :label="t('template.nameZh')" :error="errors.name" required>
              <el-input v-model="form.name" maxlength="200" data-testid="template-name" />
            </el-form-item>
            <el-form-item :label="t('template.nameEn')" :error="errors.nameEn">
              <el-input v-model="form.nameEn" maxlength="200" data-testid="template-name-en" />
            </el-form-item>
            <el-form-item :label="t('template.cadence')" :error="errors.cadence" required>
              <el-radio-group v-model="form.cadence" data-testid="template-cadence">
                <el-radio-button v-for="c in CADENCES" :key="c" :value="c" :data-testid="'template-cadence-' + c">{{ cadenceLabel(c) }}</el-radio-button>
              </el-radio-group>
            </el-form-item>
            <el-form-item :label="t('template.sectors')" :error="errors.sectors">
              <el-select v-model="form.sectors" multiple filterable clearable :placeholder="t('template.allSectors')" data-testid="template-sectors">
                <el-option v-for="s in sectors" :key="s.code" :value="s.code" :label="localName(s)" />
              </el-select>
            </el-form-item>
            <el-form-item :label="t('template.flags')" :error="errors.flags" class="sg-span-2">
              <el-checkbox-group v-model="form.flags" data-testid="template-flags">
                <el-checkbox v-for="f in FLAGS" :key="f" :value="f" :data-testid="'template-flag-' + f">{{ flagLabel(f) }}</el-checkbox>
              </el-checkbox-group>
              <div class="sg-field-hint">{{ t('template.flagsHint') }}</div>
            </el-form-item>
          </div>
          <div class="sg-template-items-title">{{ t('template.items') }} <span class="sg-muted">({{ form.items.length }})</span></div>
          <el-alert v-if="errors.items" type="error" :closable="false" show-icon :title="errors.items" class="sg-section" />
          <TemplateItems :rows="form.items" :errors="itemErrors" :disabled="readOnly" @changed="itemErrors = {}" />
        </el-form>
        <div v-if="!readOnly && (creating || state.data)" class="sg-form-actions">
          <el-button data-testid="template-cancel" @click="toList">{{ t('common.cancel') }}</el-button>
          <el-button type="primary" :loading="busy" data-testid="template-save-bottom" @click="save">{{ t('common.save') }}</el-button>
        </div>
      </el-card>
      <el-card v-if="state.data" shadow="never" class="sg-section">
        <template #header><span class="sg-card-title">{{ t('template.history') }}</span></template>
        <div class="sg-field-hint sg-dialog-intro">{{ t('template.historyHint') }}</div>
        <TemplateVersions :key="state.data.version" :code="state.data.code" :latest="state.data.version" />
      </el-card>
    </div>`,
};
