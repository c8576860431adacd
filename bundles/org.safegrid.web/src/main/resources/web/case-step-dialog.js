// The next step of an enforcement case: 复查 (reinspection: date, rectified or not, note), 处罚决定 (penalty: amount and
// legal basis), 拒不整改 (refusal: the daily continuing penalty — amount a day, legal basis, first day) and 已整改
// (rectified: date). The legal basis is required; the server's 422 legal_basis_missing says so too.
import { computed, reactive, watch } from 'vue';
import { request } from './api.js';
import { t } from './i18n.js';
import { isoDay, today } from './dates.js';
import { useServerForm } from './record-page.js';
import { notify } from './sg.js';

const blank = () => ({ date: today(), rectified: null, amount: null, dailyAmount: null, legalBasis: '', startsOn: today(), note: '' });

/** The fields each step sends. */
const FIELDS = {
  reinspection: ['date', 'rectified', 'note'],
  penalty: ['amount', 'legalBasis', 'note'],
  refusal: ['dailyAmount', 'legalBasis', 'startsOn', 'note'],
  rectified: ['date', 'note'],
};

export default {
  name: 'CaseStepDialog',
  props: {
    modelValue: { type: Boolean, default: false },
    enfCase: { type: Object, required: true },
    step: { type: String, default: 'reinspection' },
  },
  emits: ['update:modelValue', 'saved', 'reload'],
  setup(props, { emit }) {
    const form = reactive(blank());
    const local = reactive({});
    const { errors, problem, busy, run, reset } = useServerForm();
    watch(() => props.modelValue, (open) => {
      if (!open) return;
      Object.assign(form, blank());
      for (const k of Object.keys(local)) delete local[k];
      reset();
    });
    const close = () => emit('update:modelValue', false);
    const shows = (field) => FIELDS[props.step].includes(field);
    // dates a step may take: a re-inspection from the order's day, a rectification from the re-inspection's day
    const earliest = computed(() => (props.step === 'rectified' ? props.enfCase.reinspection?.date : props.enfCase.openedOn) ?? '');
    const outside = (date) => {
      const day = isoDay(date);
      return day > today() || (earliest.value && day < earliest.value);
    };
    // the day of the penalty decision in the town's time (the instant is UTC)
    const penaltyDay = computed(() => (props.enfCase.penalty?.decidedAt ? isoDay(new Date(props.enfCase.penalty.decidedAt)) : ''));
    const beforePenalty = (date) => !!penaltyDay.value && isoDay(date) < penaltyDay.value;

    function checkLocally() {
      for (const k of Object.keys(local)) delete local[k];
      if (shows('rectified') && form.rectified == null) local.rectified = t('enfCase.rectifiedRequired');
      if (shows('date') && !form.date) local.date = t('forms.required');
      if (shows('amount') && !(form.amount > 0)) local.amount = t('enfCase.amountRequired');
      if (shows('dailyAmount') && !(form.dailyAmount > 0)) local.dailyAmount = t('enfCase.amountRequired');
      if (shows('legalBasis') && !form.legalBasis.trim()) local.legalBasis = t('enfCase.legalBasisRequired');
      if (shows('startsOn') && !form.startsOn) local.startsOn = t('forms.required');
      return !Object.keys(local).length;
    }
    async function save() {
      if (!checkLocally()) return;
      const body = {};
      for (const f of FIELDS[props.step]) body[f] = typeof form[f] === 'string' ? (form[f].trim() || null) : form[f];
      const answer = await run(() => request(`/api/enforcement/cases/${props.enfCase.id}/${props.step}`, { method: 'POST', body }));
      if (answer.ok) {
        notify('success', t(`enfCase.done.${props.step}`));
        emit('saved', answer.value);
        close();
      } else if (['stale', 'bad_transition'].includes(answer.error.code)) {
        emit('reload');
      }
    }
    const err = (field) => local[field] || errors.value[field];
    const repeat = computed(() => props.enfCase.aggravated || props.enfCase.repeatOfCaseId);
    return { props, form, problem, busy, close, save, shows, err, outside, beforePenalty, repeat, t };
  },
  template: `
    <el-dialog :model-value="props.modelValue" @update:model-value="close" width="min(540px, 96vw)" append-to-body
               :title="t('enfCase.steps.' + props.step)" data-testid="case-step-dialog">
      <el-alert v-if="problem" type="error" :closable="false" show-icon :title="problem" class="sg-section" data-testid="case-step-problem" />
      <el-alert v-if="props.step === 'penalty' && repeat" type="warning" :closable="false" show-icon class="sg-section"
                :title="t('enfCase.aggravatedNotice')" />
      <el-alert v-if="props.step === 'refusal'" type="info" :closable="false" show-icon class="sg-section" :title="t('enfCase.refusalNotice')" />
      <el-form :model="form" label-position="top" @submit.prevent="save">
        <el-form-item v-if="shows('date')" :label="t('enfCase.stepDate.' + props.step)" :error="err('date')" required data-testid="case-step-date-item">
          <span class="sg-date" data-testid="case-step-date"><el-date-picker v-model="form.date" type="date" value-format="YYYY-MM-DD" :disabled-date="outside" :clearable="false" /></span>
        </el-form-item>
        <el-form-item v-if="shows('rectified')" :label="t('enfCase.reinspectionResult')" :error="err('rectified')" required data-testid="case-step-rectified-item">
          <el-radio-group v-model="form.rectified" data-testid="case-step-rectified">
            <el-radio-button :value="true" data-testid="case-step-rectified-yes">{{ t('enfCase.rectifiedYes') }}</el-radio-button>
            <el-radio-button :value="false" data-testid="case-step-rectified-no">{{ t('enfCase.rectifiedNo') }}</el-radio-button>
          </el-radio-group>
        </el-form-item>
        <el-form-item v-if="shows('amount')" :label="t('enfCase.amount')" :error="err('amount')" required data-testid="case-step-amount-item">
          <el-input-number v-model="form.amount" :min="0" :precision="2" :step="1000" :controls="false" :value-on-clear="null" data-testid="case-step-amount" />
          <span class="sg-inline-unit">{{ t('fixes.yuan') }}</span>
        </el-form-item>
        <el-form-item v-if="shows('dailyAmount')" :label="t('enfCase.dailyAmount')" :error="err('dailyAmount')" required data-testid="case-step-daily-item">
          <el-input-number v-model="form.dailyAmount" :min="0" :precision="2" :step="100" :controls="false" :value-on-clear="null" data-testid="case-step-daily" />
          <span class="sg-inline-unit">{{ t('enfCase.yuanPerDay') }}</span>
        </el-form-item>
        <el-form-item v-if="shows('legalBasis')" :label="t('enfCase.legalBasis')" :error="err('legalBasis')" required data-testid="case-step-basis-item">
          <el-input v-model="form.legalBasis" type="textarea" :autosize="{ minRows: 2, maxRows: 5 }" maxlength="500"
                    :placeholder="t('enfCase.legalBasisHint')" data-testid="case-step-basis" />
        </el-form-item>
        <el-form-item v-if="shows('startsOn')" :label="t('enfCase.startsOn')" :error="err('startsOn')" required data-testid="case-step-starts-item">
          <span class="sg-date" data-testid="case-step-starts"><el-date-picker v-model="form.startsOn" type="date" value-format="YYYY-MM-DD" :disabled-date="beforePenalty" :clearable="false" /></span>
        </el-form-item>
        <el-form-item :label="t('hazard.note')" :error="err('note')" data-testid="case-step-note-item">
          <el-input v-model="form.note" type="textarea" :autosize="{ minRows: 2, maxRows: 6 }" maxlength="2000" data-testid="case-step-note" />
        </el-form-item>
      </el-form>
      <template #footer>
        <el-button data-testid="case-step-cancel" @click="close">{{ t('common.cancel') }}</el-button>
        <el-button type="primary" :loading="busy" data-testid="case-step-save" @click="save">{{ t('common.confirm') }}</el-button>
      </template>
    </el-dialog>`,
};
