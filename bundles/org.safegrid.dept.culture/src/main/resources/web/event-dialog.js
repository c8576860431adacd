// The add/edit dialog of a large event: organiser, venue, times, attendance, the expert assessment and the plan.
import { reactive, ref, watch } from 'vue';
import { useModule, DATE_FORMAT, DATE_TIME_FORMAT, saveDialog } from './util.js';

const RESULTS = ['PASSED', 'CONDITIONAL', 'FAILED'];
const RULES = {
  name: { required: true, max: 100 }, venue: { required: true, max: 200 }, startAt: { required: true },
  endAt: { required: true }, attendance: { required: true }, contact: { required: true, max: 50 },
  contactPhone: { required: true, phone: true }, note: { max: 500 },
};

export default {
  name: 'CultureEventDialog',
  props: {
    modelValue: Boolean,
    event: { type: Object, default: null },
    readonly: { type: Boolean, default: false },
  },
  emits: ['update:modelValue', 'saved'],
  setup(props, { emit }) {
    const { sg, t, send } = useModule();
    const form = reactive({});
    const errors = reactive({});
    const saving = ref(false);
    const registered = ref(true);
    const enterprises = ref([]);
    const searching = ref(false);

    async function search(text) {
      searching.value = true;
      try {
        const page = await sg.api('/api/enterprises', { query: { text: text?.trim() || undefined, size: 20 } });
        enterprises.value = page.items;
        const e = props.event;
        if (e?.organiserId && !enterprises.value.some((x) => x.id === e.organiserId)) {
          enterprises.value.unshift({ id: e.organiserId, name: e.organiser });
        }
      } catch {
        enterprises.value = [];
      } finally {
        searching.value = false;
      }
    }

    function reset() {
      const e = props.event;
      registered.value = e ? e.organiserId != null : true;
      Object.assign(form, {
        name: e?.name ?? '', organiserId: e?.organiserId ?? null, organiserName: e?.organiserName ?? '',
        venue: e?.venue ?? '', startAt: e?.startAt ?? null, endAt: e?.endAt ?? null,
        attendance: e?.attendance ?? null, capacity: e?.capacity ?? null,
        assessed: e?.assessed ?? false, assessedOn: e?.assessedOn ?? null, assessor: e?.assessor ?? '',
        result: e?.result ?? null, planFiled: e?.planFiled ?? false, contact: e?.contact ?? '',
        contactPhone: e?.contactPhone ?? '', cancelled: e?.cancelled ?? false, note: e?.note ?? '',
        version: e?.version ?? null,
      });
      Object.keys(errors).forEach((k) => delete errors[k]);
      search('');
    }

    watch(() => props.modelValue, (open) => { if (open) reset(); }, { immediate: true });

    function more(errs) {
      if (registered.value && !form.organiserId) errs.organiserId = t('common.required');
      if (!registered.value && !form.organiserName?.trim()) errs.organiserName = t('common.required');
      if (form.startAt && form.endAt && form.endAt <= form.startAt) errs.endAt = t('common.endAfterStart');
      if (form.assessed) {
        if (!form.assessedOn) errs.assessedOn = t('common.required');
        if (!form.assessor?.trim()) errs.assessor = t('common.required');
        if (!form.result) errs.result = t('common.required');
      }
    }

    function body() {
      const b = { ...form };
      if (registered.value) b.organiserName = null; else b.organiserId = null;
      if (!b.assessed) Object.assign(b, { assessedOn: null, assessor: null, result: null });
      return b;
    }

    const save = () => saveDialog({ sg, t, send, emit, form: body(), errors, rules: RULES, saving, path: 'events',
      id: props.event?.id, more });

    return { t, form, errors, saving, save, registered, enterprises, searching, search, RESULTS, DATE_FORMAT,
      DATE_TIME_FORMAT, emit };
  },
  template: `
<el-dialog :model-value="modelValue" @update:model-value="emit('update:modelValue', $event)"
    :title="readonly ? t('event.viewTitle') : event ? t('event.editTitle') : t('event.addTitle')" width="760px"
    destroy-on-close>
  <el-form label-position="top" :disabled="readonly" @submit.prevent="save">
    <el-form-item :label="t('event.name')" :error="errors.name" required>
      <el-input v-model="form.name" maxlength="100" show-word-limit data-testid="event-name" />
    </el-form-item>
    <el-form-item :label="t('event.organiser')" :error="errors.organiserId || errors.organiserName" required>
      <div style="display: flex; gap: 8px; width: 100%">
        <el-radio-group v-model="registered" data-testid="event-organiser-kind">
          <el-radio-button :value="true">{{ t('event.registered') }}</el-radio-button>
          <el-radio-button :value="false">{{ t('event.byName') }}</el-radio-button>
        </el-radio-group>
        <el-select v-if="registered" v-model="form.organiserId" filterable remote :remote-method="search"
            :loading="searching" style="flex: 1" :placeholder="t('event.organiserPlaceholder')"
            data-testid="event-organiser">
          <el-option v-for="e in enterprises" :key="e.id" :value="e.id" :label="e.name" />
        </el-select>
        <el-input v-else v-model="form.organiserName" maxlength="100" style="flex: 1"
            data-testid="event-organiser-name" />
      </div>
    </el-form-item>
    <el-form-item :label="t('event.venue')" :error="errors.venue" required>
      <el-input v-model="form.venue" maxlength="200" data-testid="event-venue" />
    </el-form-item>
    <el-row :gutter="16">
      <el-col :span="12">
        <el-form-item :label="t('event.startAt')" :error="errors.startAt" required>
          <el-date-picker v-model="form.startAt" type="datetime" :value-format="DATE_TIME_FORMAT"
              format="YYYY-MM-DD HH:mm" style="width: 100%" data-testid="event-start" />
        </el-form-item>
      </el-col>
      <el-col :span="12">
        <el-form-item :label="t('event.endAt')" :error="errors.endAt" required>
          <el-date-picker v-model="form.endAt" type="datetime" :value-format="DATE_TIME_FORMAT"
              format="YYYY-MM-DD HH:mm" style="width: 100%" data-testid="event-end" />
        </el-form-item>
      </el-col>
    </el-row>
    <el-row :gutter="16">
      <el-col :span="12">
        <el-form-item :label="t('event.attendance')" :error="errors.attendance" required>
          <el-input-number v-model="form.attendance" :min="1" :max="1000000" :step="100" style="width: 100%"
              data-testid="event-attendance" />
        </el-form-item>
      </el-col>
      <el-col :span="12">
        <el-form-item :label="t('event.capacity')" :error="errors.capacity">
          <el-input-number v-model="form.capacity" :min="1" :max="1000000" :step="100" style="width: 100%"
              data-testid="event-capacity" />
        </el-form-item>
      </el-col>
    </el-row>
    <el-row :gutter="16">
      <el-col :span="12">
        <el-form-item :label="t('event.contact')" :error="errors.contact" required>
          <el-input v-model="form.contact" maxlength="50" data-testid="event-contact" />
        </el-form-item>
      </el-col>
      <el-col :span="12">
        <el-form-item :label="t('event.contactPhone')" :error="errors.contactPhone" required>
          <el-input v-model="form.contactPhone" maxlength="30" data-testid="event-contact-phone" />
        </el-form-item>
      </el-col>
    </el-row>
    <el-divider content-position="left">{{ t('event.assessmentTitle') }}</el-divider>
    <el-row :gutter="16">
      <el-col :span="8">
        <el-form-item :label="t('event.assessed')">
          <el-switch v-model="form.assessed" data-testid="event-assessed" />
        </el-form-item>
      </el-col>
      <el-col :span="8">
        <el-form-item :label="t('event.planFiled')">
          <el-switch v-model="form.planFiled" data-testid="event-plan-filed" />
        </el-form-item>
      </el-col>
      <el-col :span="8" v-if="event">
        <el-form-item :label="t('event.cancelled')">
          <el-switch v-model="form.cancelled" data-testid="event-cancelled" />
        </el-form-item>
      </el-col>
    </el-row>
    <el-row v-if="form.assessed" :gutter="16">
      <el-col :span="8">
        <el-form-item :label="t('event.assessedOn')" :error="errors.assessedOn" required>
          <el-date-picker v-model="form.assessedOn" type="date" :value-format="DATE_FORMAT" style="width: 100%"
              data-testid="event-assessed-on" />
        </el-form-item>
      </el-col>
      <el-col :span="8">
        <el-form-item :label="t('event.assessor')" :error="errors.assessor" required>
          <el-input v-model="form.assessor" maxlength="100" data-testid="event-assessor" />
        </el-form-item>
      </el-col>
      <el-col :span="8">
        <el-form-item :label="t('event.result')" :error="errors.result" required>
          <el-select v-model="form.result" style="width: 100%" data-testid="event-result">
            <el-option v-for="r in RESULTS" :key="r" :value="r" :label="t('result.' + r)" />
          </el-select>
        </el-form-item>
      </el-col>
    </el-row>
    <el-form-item :label="t('event.note')" :error="errors.note">
      <el-input v-model="form.note" type="textarea" :rows="3" maxlength="500" show-word-limit data-testid="event-note" />
    </el-form-item>
  </el-form>
  <template #footer>
    <el-button @click="emit('update:modelValue', false)">{{ readonly ? t('common.close') : t('common.cancel') }}</el-button>
    <el-button v-if="!readonly" type="primary" :loading="saving" @click="save" data-testid="event-save">
      {{ t('common.save') }}</el-button>
  </template>
</el-dialog>`,
};
