// The add/edit dialog of a construction project. The builder is picked from the registry (enterprises in the
// user's scope); a 422 answer puts the server's messages under the fields, a 409 reloads the project.
import { reactive, ref, watch } from 'vue';
import { useModule, DATE_FORMAT, check, trimmed, takeFieldErrors } from './util.js';

export const PHASES = ['PREPARATION', 'FOUNDATION', 'MAIN_STRUCTURE', 'DECORATION', 'SUSPENDED', 'COMPLETED'];

const RULES = {
  name: { required: true, max: 100 }, enterpriseId: { required: true }, address: { required: true, max: 200 },
  permitNumber: { max: 50 }, startDate: { required: true }, plannedEnd: { required: true }, phase: { required: true },
  safetyOfficer: { required: true, max: 50 }, safetyOfficerPhone: { required: true, phone: true },
};

export default {
  name: 'PlanningProjectDialog',
  props: { modelValue: Boolean, project: { type: Object, default: null } },
  emits: ['update:modelValue', 'saved'],
  setup(props, { emit }) {
    const { sg, t, send } = useModule();
    const form = reactive({});
    const errors = reactive({});
    const builders = ref([]);
    const searching = ref(false);
    const saving = ref(false);

    async function searchBuilders(text) {
      searching.value = true;
      try {
        const page = await sg.api('/api/enterprises', { query: { text: text || undefined, size: 20 } });
        builders.value = page.items.map((e) => ({ id: e.id, name: e.name }));
      } catch (e) {
        builders.value = [];
      } finally {
        searching.value = false;
      }
    }

    function reset() {
      fill(props.project);
      Object.keys(errors).forEach((k) => delete errors[k]);
    }

    function fill(p) {
      Object.assign(form, {
        name: p ? p.name : '', enterpriseId: p ? p.enterpriseId : null, address: p ? p.address : '',
        permitNumber: p ? p.permitNumber || '' : '', startDate: p ? p.startDate : null,
        plannedEnd: p ? p.plannedEnd : null, phase: p ? p.phase : 'PREPARATION',
        safetyOfficer: p ? p.safetyOfficer : '', safetyOfficerPhone: p ? p.safetyOfficerPhone : '',
        version: p ? p.version : null,
      });
      builders.value = p ? [{ id: p.enterpriseId, name: p.enterpriseName }] : [];
    }

    watch(() => props.modelValue, (open) => { if (open) reset(); }, { immediate: true });

    function more(errs) {
      if (form.startDate && form.plannedEnd && form.plannedEnd < form.startDate) {
        errs.plannedEnd = errs.plannedEnd || t('project.plannedEnd') + ' < ' + t('project.startDate');
      }
      if (!form.permitNumber?.trim() && form.phase && form.phase !== 'PREPARATION') {
        errs.permitNumber = errs.permitNumber || t('project.permitHint');
      }
    }

    async function save() {
      Object.keys(errors).forEach((k) => delete errors[k]);
      Object.assign(errors, check(form, RULES, t));
      more(errors);
      if (Object.keys(errors).length) return;
      saving.value = true;
      const id = props.project?.id;
      try {
        const body = trimmed(form);
        const saved = id != null ? await send(`projects/${id}`, 'PUT', body) : await send('projects', 'POST', body);
        sg.notify('success', t('common.saved'));
        emit('saved', saved);
        emit('update:modelValue', false);
      } catch (e) {
        if (e && e.status === 409 && id != null) {
          // someone else saved first: show their version, the user makes the change again
          fill(await sg.api(`projects/${id}`));
          sg.notify('warning', t('common.stale'));
          emit('saved');
        } else {
          sg.notify('error', takeFieldErrors(e, errors) ? t('common.invalid') : e.message);
        }
      } finally {
        saving.value = false;
      }
    }

    return { t, form, errors, builders, searching, saving, save, searchBuilders, PHASES, DATE_FORMAT, emit };
  },
  template: `
<el-dialog :model-value="modelValue" @update:model-value="emit('update:modelValue', $event)"
    :title="project ? t('project.editTitle') : t('project.addTitle')" width="680px" destroy-on-close>
  <el-form label-position="top" @submit.prevent="save">
    <el-form-item :label="t('project.name')" :error="errors.name" required>
      <el-input v-model="form.name" maxlength="100" show-word-limit data-testid="project-name" />
    </el-form-item>
    <el-form-item :label="t('project.enterprise')" :error="errors.enterpriseId" required>
      <el-select v-model="form.enterpriseId" filterable remote :remote-method="searchBuilders" :loading="searching"
          :placeholder="t('project.enterprisePlaceholder')" style="width: 100%" @focus="searchBuilders('')"
          data-testid="project-enterprise">
        <el-option v-for="b in builders" :key="b.id" :value="b.id" :label="b.name" />
      </el-select>
    </el-form-item>
    <el-form-item :label="t('project.address')" :error="errors.address" required>
      <el-input v-model="form.address" maxlength="200" data-testid="project-address" />
    </el-form-item>
    <el-row :gutter="16">
      <el-col :span="12">
        <el-form-item :label="t('project.phase')" :error="errors.phase" required>
          <el-select v-model="form.phase" style="width: 100%" data-testid="project-phase">
            <el-option v-for="p in PHASES" :key="p" :value="p" :label="t('phase.' + p)" />
          </el-select>
        </el-form-item>
      </el-col>
      <el-col :span="12">
        <el-form-item :label="t('project.permitNumber')" :error="errors.permitNumber"
            :required="form.phase !== 'PREPARATION'">
          <el-input v-model="form.permitNumber" maxlength="50" :placeholder="t('project.permitHint')"
              data-testid="project-permit" />
        </el-form-item>
      </el-col>
    </el-row>
    <el-row :gutter="16">
      <el-col :span="12">
        <el-form-item :label="t('project.startDate')" :error="errors.startDate" required>
          <el-date-picker v-model="form.startDate" type="date" :value-format="DATE_FORMAT" style="width: 100%"
              data-testid="project-start" />
        </el-form-item>
      </el-col>
      <el-col :span="12">
        <el-form-item :label="t('project.plannedEnd')" :error="errors.plannedEnd" required>
          <el-date-picker v-model="form.plannedEnd" type="date" :value-format="DATE_FORMAT" style="width: 100%"
              data-testid="project-end" />
        </el-form-item>
      </el-col>
    </el-row>
    <el-row :gutter="16">
      <el-col :span="12">
        <el-form-item :label="t('project.safetyOfficer')" :error="errors.safetyOfficer" required>
          <el-input v-model="form.safetyOfficer" maxlength="50" data-testid="project-officer" />
        </el-form-item>
      </el-col>
      <el-col :span="12">
        <el-form-item :label="t('project.safetyOfficerPhone')" :error="errors.safetyOfficerPhone" required>
          <el-input v-model="form.safetyOfficerPhone" maxlength="30" data-testid="project-officer-phone" />
        </el-form-item>
      </el-col>
    </el-row>
  </el-form>
  <template #footer>
    <el-button @click="emit('update:modelValue', false)">{{ t('common.cancel') }}</el-button>
    <el-button type="primary" :loading="saving" @click="save" data-testid="project-save">
      {{ t('common.save') }}</el-button>
  </template>
</el-dialog>`,
};
