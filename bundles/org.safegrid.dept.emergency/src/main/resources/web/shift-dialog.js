// The add/edit dialog of a shift. Picking a date or a kind fills in the usual hours of that kind.
import { reactive, ref, watch } from 'vue';
import { useModule, isoDate, addDays, DATE_FORMAT, DATE_TIME_FORMAT, saveDialog } from './util.js';

export const KINDS = ['DAY', 'NIGHT', 'FULL_DAY'];

// usual hours: [start hour, end hour, days from the duty date to the end]
const HOURS = { DAY: ['08:00', '18:00', 0], NIGHT: ['18:00', '08:00', 1], FULL_DAY: ['08:00', '08:00', 1] };

const RULES = {
  date: { required: true }, kind: { required: true }, startAt: { required: true }, endAt: { required: true },
  leader: { required: true, max: 50 }, leaderPhone: { required: true, phone: true },
  officer: { required: true, max: 50 }, officerPhone: { required: true, phone: true }, note: { max: 500 },
};

export default {
  name: 'EmergencyShiftDialog',
  props: { modelValue: Boolean, shift: { type: Object, default: null } },
  emits: ['update:modelValue', 'saved'],
  setup(props, { emit }) {
    const { sg, t, send } = useModule();
    const form = reactive({});
    const errors = reactive({});
    const saving = ref(false);

    function usualHours() {
      const hours = HOURS[form.kind];
      if (!form.date || !hours) return;
      form.startAt = `${form.date}T${hours[0]}:00`;
      form.endAt = `${addDays(form.date, hours[2])}T${hours[1]}:00`;
    }

    function reset() {
      const s = props.shift;
      const fields = ['date', 'kind', 'startAt', 'endAt', 'leader', 'leaderPhone', 'officer', 'officerPhone', 'note'];
      fields.forEach((f) => { form[f] = s ? s[f] || '' : ''; });
      if (!s) {
        form.date = isoDate(new Date());
        form.kind = 'DAY';
        usualHours();
      }
      Object.keys(errors).forEach((k) => delete errors[k]);
    }

    watch(() => props.modelValue, (open) => { if (open) reset(); }, { immediate: true });

    const save = () => saveDialog({ sg, t, send, emit, form, errors, rules: RULES, saving, path: 'shifts',
      id: props.shift?.id, more: (errs) => {
        if (!errs.startAt && !errs.endAt && form.endAt <= form.startAt) errs.endAt = t('common.endAfterStart');
      } });

    return { t, form, errors, saving, save, usualHours, emit, KINDS, DATE_FORMAT, DATE_TIME_FORMAT };
  },
  template: `
<el-dialog :model-value="modelValue" @update:model-value="emit('update:modelValue', $event)"
    :title="shift ? t('roster.editTitle') : t('roster.addTitle')" width="640px" destroy-on-close>
  <el-form label-position="top" @submit.prevent="save">
    <el-row :gutter="16">
      <el-col :span="12">
        <el-form-item :label="t('roster.date')" :error="errors.date" required>
          <el-date-picker v-model="form.date" type="date" :value-format="DATE_FORMAT" style="width: 100%"
              @change="usualHours" data-testid="roster-date" />
        </el-form-item>
      </el-col>
      <el-col :span="12">
        <el-form-item :label="t('roster.kind')" :error="errors.kind" required>
          <el-radio-group v-model="form.kind" @change="usualHours" data-testid="roster-kind">
            <el-radio-button v-for="k in KINDS" :key="k" :value="k" :label="k">{{ t('kind.' + k) }}</el-radio-button>
          </el-radio-group>
        </el-form-item>
      </el-col>
      <el-col :span="12">
        <el-form-item :label="t('roster.startAt')" :error="errors.startAt" required>
          <el-date-picker v-model="form.startAt" type="datetime" :value-format="DATE_TIME_FORMAT"
              format="YYYY-MM-DD HH:mm" style="width: 100%" data-testid="roster-start" />
        </el-form-item>
      </el-col>
      <el-col :span="12">
        <el-form-item :label="t('roster.endAt')" :error="errors.endAt" required>
          <el-date-picker v-model="form.endAt" type="datetime" :value-format="DATE_TIME_FORMAT"
              format="YYYY-MM-DD HH:mm" style="width: 100%" data-testid="roster-end" />
        </el-form-item>
      </el-col>
      <el-col :span="12">
        <el-form-item :label="t('roster.leader')" :error="errors.leader" required>
          <el-input v-model="form.leader" maxlength="50" data-testid="roster-leader" />
        </el-form-item>
      </el-col>
      <el-col :span="12">
        <el-form-item :label="t('roster.leaderPhone')" :error="errors.leaderPhone" required>
          <el-input v-model="form.leaderPhone" maxlength="30" data-testid="roster-leader-phone" />
        </el-form-item>
      </el-col>
      <el-col :span="12">
        <el-form-item :label="t('roster.officer')" :error="errors.officer" required>
          <el-input v-model="form.officer" maxlength="50" data-testid="roster-officer" />
        </el-form-item>
      </el-col>
      <el-col :span="12">
        <el-form-item :label="t('roster.officerPhone')" :error="errors.officerPhone" required>
          <el-input v-model="form.officerPhone" maxlength="30" data-testid="roster-officer-phone" />
        </el-form-item>
      </el-col>
    </el-row>
    <el-form-item :label="t('roster.note')" :error="errors.note">
      <el-input v-model="form.note" type="textarea" :rows="2" maxlength="500" show-word-limit
          data-testid="roster-note" />
    </el-form-item>
  </el-form>
  <template #footer>
    <el-button @click="emit('update:modelValue', false)">{{ t('common.cancel') }}</el-button>
    <el-button type="primary" :loading="saving" @click="save" data-testid="roster-save">
      {{ t('common.save') }}</el-button>
  </template>
</el-dialog>`,
};
