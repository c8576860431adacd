// The add/edit dialog of a duty log entry.
import { reactive, ref, watch } from 'vue';
import { useModule, isoDate, isoDateTime, addDays, showTime, DATE_TIME_FORMAT, saveDialog } from './util.js';

export const CATEGORIES = ['INFO', 'INCIDENT', 'REPORT', 'HANDOVER', 'CALL'];

const RULES = {
  occurredAt: { required: true }, category: { required: true },
  summary: { required: true, max: 200 }, details: { max: 4000 }, reporter: { max: 50 },
};

export default {
  name: 'EmergencyLogDialog',
  props: { modelValue: Boolean, entry: { type: Object, default: null } },
  emits: ['update:modelValue', 'saved'],
  setup(props, { emit }) {
    const { sg, t, send } = useModule();
    const form = reactive({});
    const errors = reactive({});
    const shifts = ref([]);
    const saving = ref(false);

    const shiftLabel = (s) => `${s.date.slice(5)} ${t(`kind.${s.kind}`)} ${showTime(s.startAt, s.date)}–`
      + `${showTime(s.endAt, s.date)} ${s.officer}`;

    async function loadShifts() {
      // the shifts around today, and the one on duty now as the default of a new entry
      const today = isoDate(new Date());
      const [recent, current] = await Promise.all([
        sg.api('shifts', { query: { from: addDays(today, -3), to: addDays(today, 1), size: 100 } }),
        sg.api('roster/current'),
      ]);
      shifts.value = recent.items;
      if (!props.entry && form.shiftId == null && current.shifts.length) {
        form.shiftId = current.shifts[0].id;
      }
    }

    function reset() {
      const e = props.entry;
      Object.assign(form, {
        occurredAt: e ? e.occurredAt : isoDateTime(new Date()),
        category: e ? e.category : 'INFO',
        summary: e ? e.summary : '',
        details: e ? e.details || '' : '',
        reporter: e ? e.reporter || '' : '',
        shiftId: e ? e.shiftId : null,
      });
      Object.keys(errors).forEach((k) => delete errors[k]);
      loadShifts().catch(() => { shifts.value = []; });
    }

    watch(() => props.modelValue, (open) => { if (open) reset(); }, { immediate: true });

    const save = () => saveDialog({ sg, t, send, emit, form, errors, rules: RULES, saving, path: 'log',
      id: props.entry?.id });

    return { t, form, errors, shifts, saving, save, shiftLabel, CATEGORIES, DATE_TIME_FORMAT, emit };
  },
  template: `
<el-dialog :model-value="modelValue" @update:model-value="emit('update:modelValue', $event)"
    :title="entry ? t('log.editTitle') : t('log.addTitle')" width="640px" destroy-on-close>
  <el-form label-position="top" @submit.prevent="save">
    <el-row :gutter="16">
      <el-col :span="12">
        <el-form-item :label="t('log.occurredAt')" :error="errors.occurredAt" required>
          <el-date-picker v-model="form.occurredAt" type="datetime" :value-format="DATE_TIME_FORMAT"
              format="YYYY-MM-DD HH:mm" style="width: 100%" data-testid="duty-log-occurred-at" />
        </el-form-item>
      </el-col>
      <el-col :span="12">
        <el-form-item :label="t('log.category')" :error="errors.category" required>
          <el-select v-model="form.category" style="width: 100%" data-testid="duty-log-category">
            <el-option v-for="c in CATEGORIES" :key="c" :value="c" :label="t('category.' + c)" />
          </el-select>
        </el-form-item>
      </el-col>
    </el-row>
    <el-form-item :label="t('log.summary')" :error="errors.summary" required>
      <el-input v-model="form.summary" maxlength="200" show-word-limit :placeholder="t('log.summaryPlaceholder')"
          data-testid="duty-log-summary" />
    </el-form-item>
    <el-form-item :label="t('log.details')" :error="errors.details">
      <el-input v-model="form.details" type="textarea" :rows="5" maxlength="4000" show-word-limit
          :placeholder="t('log.detailsPlaceholder')" data-testid="duty-log-details" />
    </el-form-item>
    <el-row :gutter="16">
      <el-col :span="12">
        <el-form-item :label="t('log.reporter')" :error="errors.reporter">
          <el-input v-model="form.reporter" maxlength="50" data-testid="duty-log-reporter" />
        </el-form-item>
      </el-col>
      <el-col :span="12">
        <el-form-item :label="t('log.shift')" :error="errors.shiftId">
          <el-select v-model="form.shiftId" clearable style="width: 100%" :placeholder="t('common.none')"
              data-testid="duty-log-shift">
            <el-option v-for="s in shifts" :key="s.id" :value="s.id" :label="shiftLabel(s)" />
          </el-select>
        </el-form-item>
      </el-col>
    </el-row>
  </el-form>
  <template #footer>
    <el-button @click="emit('update:modelValue', false)">{{ t('common.cancel') }}</el-button>
    <el-button type="primary" :loading="saving" @click="save" data-testid="duty-log-save">
      {{ t('common.save') }}</el-button>
  </template>
</el-dialog>`,
};
