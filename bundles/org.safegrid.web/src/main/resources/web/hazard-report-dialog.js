// 上报隐患 from an inspection's finding (POST /api/inspections/<id>/hazards): a description, the level, a deadline
// (required for a general hazard) and, for a major one, its five fixes if they are known already.
import { reactive, watch } from 'vue';
import { request } from './api.js';
import { t } from './i18n.js';
import { addDays, beforeToday, today } from './dates.js';
import { FIX_FIELDS, HAZARD_LEVELS, fixLabel, levelLabel } from './hazard-terms.js';
import { useServerForm } from './record-page.js';
import { notify } from './sg.js';

const blankFixes = () => ({ responsiblePerson: '', measures: '', funds: null, deadline: '', contingencyPlan: '' });

export default {
  name: 'HazardReportDialog',
  props: { modelValue: { type: Boolean, default: false }, inspection: { type: Object, required: true } },
  emits: ['update:modelValue', 'saved'],
  setup(props, { emit }) {
    const form = reactive({ description: '', level: 'GENERAL', deadline: '', withFixes: false, fixes: blankFixes() });
    const { errors, problem, busy, run, reset } = useServerForm();
    watch(() => props.modelValue, (open) => {
      if (!open) return;
      Object.assign(form, { description: '', level: 'GENERAL', deadline: addDays(today(), 7), withFixes: false, fixes: blankFixes() });
      reset();
    });
    const close = () => emit('update:modelValue', false);
    async function save() {
      const body = { description: form.description.trim(), level: form.level };
      if (form.level === 'GENERAL' || form.deadline) body.deadline = form.deadline || null;
      if (form.level === 'MAJOR' && form.withFixes) {
        const f = form.fixes;
        body.fiveFixes = { responsiblePerson: f.responsiblePerson.trim() || null, measures: f.measures.trim() || null,
          funds: f.funds, deadline: f.deadline || null, contingencyPlan: f.contingencyPlan.trim() || null };
      }
      const answer = await run(() => request(`/api/inspections/${props.inspection.id}/hazards`, { method: 'POST', body }));
      if (answer.ok) {
        notify('success', t('inspection.hazardReported', { id: answer.value?.id ?? '' }));
        emit('saved', answer.value);
        close();
      }
    }
    const fixError = (f) => errors.value[`fiveFixes.${f}`];
    return { props, form, errors, problem, busy, close, save, fixError, t, beforeToday, fixLabel, levelLabel, FIX_FIELDS, HAZARD_LEVELS };
  },
  template: `
    <el-dialog :model-value="props.modelValue" @update:model-value="close" width="min(600px, 96vw)" append-to-body
               :title="t('inspection.reportHazard')" data-testid="hazard-report-dialog">
      <el-alert v-if="problem" type="error" :closable="false" show-icon :title="problem" class="sg-section" data-testid="hazard-report-problem" />
      <el-form :model="form" label-position="top" @submit.prevent="save">
        <el-form-item :label="t('hazard.description')" :error="errors.description" required data-testid="hazard-report-description-item">
          <el-input v-model="form.description" type="textarea" :autosize="{ minRows: 3, maxRows: 8 }" maxlength="1000" show-word-limit
                    data-testid="hazard-report-description" />
        </el-form-item>
        <el-form-item :label="t('hazard.level')" :error="errors.level" required>
          <el-radio-group v-model="form.level" data-testid="hazard-report-level">
            <el-radio-button v-for="l in HAZARD_LEVELS" :key="l" :value="l" :data-testid="'hazard-report-level-' + l">{{ levelLabel(l) }}</el-radio-button>
          </el-radio-group>
        </el-form-item>
        <el-form-item :label="t('hazard.deadline')" :error="errors.deadline" :required="form.level === 'GENERAL'" data-testid="hazard-report-deadline-item">
          <span class="sg-date" data-testid="hazard-report-deadline"><el-date-picker v-model="form.deadline" type="date" value-format="YYYY-MM-DD" :disabled-date="beforeToday" /></span>
          <div v-if="form.level === 'MAJOR'" class="sg-field-hint">{{ t('checklist.majorDeadlineHint') }}</div>
        </el-form-item>
        <template v-if="form.level === 'MAJOR'">
          <el-checkbox v-model="form.withFixes" data-testid="hazard-report-with-fixes">{{ t('inspection.withFixes') }}</el-checkbox>
          <div v-if="form.withFixes" class="sg-grid-form sg-gap-top">
            <el-form-item v-for="f in FIX_FIELDS" :key="f" :label="fixLabel(f)" :error="fixError(f)" required
                          :class="{ 'sg-span-2': f === 'measures' || f === 'contingencyPlan' }" :data-testid="'hazard-report-fix-' + f + '-item'">
              <el-input-number v-if="f === 'funds'" v-model="form.fixes.funds" :min="0" :precision="2" :controls="false" :value-on-clear="null"
                               :data-testid="'hazard-report-fix-' + f" />
              <span v-else-if="f === 'deadline'" class="sg-date" :data-testid="'hazard-report-fix-' + f"><el-date-picker v-model="form.fixes.deadline" type="date" value-format="YYYY-MM-DD"
                              :disabled-date="beforeToday" /></span>
              <el-input v-else v-model="form.fixes[f]" :type="f === 'responsiblePerson' ? 'text' : 'textarea'" :autosize="{ minRows: 2, maxRows: 5 }"
                        :data-testid="'hazard-report-fix-' + f" />
            </el-form-item>
          </div>
        </template>
      </el-form>
      <template #footer>
        <el-button data-testid="hazard-report-cancel" @click="close">{{ t('common.cancel') }}</el-button>
        <el-button type="primary" :loading="busy" data-testid="hazard-report-save" @click="save">{{ t('inspection.reportHazard') }}</el-button>
      </template>
    </el-dialog>`,
};
