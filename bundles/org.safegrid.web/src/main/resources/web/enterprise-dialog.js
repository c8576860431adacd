// Register an enterprise (POST /api/enterprises) or change one (PUT /api/enterprises/{id} with its version).
// 422 field messages go under their fields (contacts[i].x under the contact row), 409 stale reloads.
import { computed, reactive, ref, watch } from 'vue';
import { fieldErrors, request } from './api.js';
import { t } from './i18n.js';
import { errorText, indexedErrors } from './forms.js';
import { notify } from './sg.js';
import { FLAGS, RISK_LEVELS, STATUSES, flagLabel, localName, riskClass, riskLabel, statusLabel } from './enterprise-terms.js';
import { creditCodeProblem, normaliseCreditCode } from './credit-code.js';
import { ensureReference, reference, sectorOf } from './reference-data.js';
import ContactsEditor from './contacts-editor.js';

const EMPTY = {
  creditCode: '', name: '', address: '', village: '', sector: '', department: '', secondDepartment: '',
  staffCount: 0, status: 'OPERATING', riskLevel: '', flags: [], contacts: [],
};

const blankToNull = (v) => (typeof v === 'string' ? v.trim() || null : (v ?? null));

export default {
  name: 'EnterpriseDialog',
  components: { ContactsEditor },
  props: {
    modelValue: { type: Boolean, default: false },
    enterprise: { type: Object, default: null }, // null: register a new one
  },
  emits: ['update:modelValue', 'saved', 'stale'],
  setup(props, { emit }) {
    const form = reactive(structuredClone(EMPTY));
    const errors = ref({});
    const contactErrors = ref({});
    const busy = ref(false);
    const creating = computed(() => !props.enterprise);

    watch(
      () => props.modelValue,
      (open) => {
        if (!open) return;
        ensureReference();
        const e = props.enterprise ?? {};
        Object.assign(form, structuredClone(EMPTY), {
          ...Object.fromEntries(Object.keys(EMPTY).map((k) => [k, e[k] ?? EMPTY[k]])),
          flags: [...(e.flags ?? [])],
          contacts: (e.contacts ?? []).map((c) => ({ name: c.name ?? '', position: c.position ?? '', phone: c.phone ?? '' })),
        });
        errors.value = {};
        contactErrors.value = {};
      },
    );

    // a chosen sector fills in its usual department when none is chosen yet
    watch(
      () => form.sector,
      (code) => {
        const department = sectorOf(code)?.department;
        if (department && !form.department) form.department = department;
      },
    );

    // active entries, plus the current one even when it was deactivated since
    const villages = computed(() => reference.villages.filter((v) => v.active !== false || v.code === form.village));
    const sectors = computed(() => reference.sectors.filter((s) => s.active !== false || s.code === form.sector));
    const departments = computed(() => reference.departments);

    function checkLocally() {
      const found = {};
      const problem = creditCodeProblem(form.creditCode);
      if (!form.creditCode.trim()) found.creditCode = t('forms.required');
      else if (problem) found.creditCode = t(`enterprise.creditCodeProblem.${problem}`);
      if (!form.name.trim()) found.name = t('forms.required');
      if (!form.village) found.village = t('forms.required');
      if (form.secondDepartment && form.secondDepartment === form.department) {
        found.secondDepartment = t('enterprise.sameDepartment');
      }
      return found;
    }

    function body() {
      // rows left blank are not sent; sent[i] is the row of the i-th contact sent, for the server's contacts[i]
      const sent = [];
      const contacts = [];
      form.contacts.forEach((c, row) => {
        if (!c.name.trim() && !c.position.trim() && !c.phone.trim()) return;
        sent.push(row);
        contacts.push({ name: blankToNull(c.name), position: blankToNull(c.position), phone: blankToNull(c.phone) });
      });
      return {
        sent,
        payload: {
          creditCode: normaliseCreditCode(form.creditCode), name: blankToNull(form.name),
          address: blankToNull(form.address), village: blankToNull(form.village), sector: blankToNull(form.sector),
          department: blankToNull(form.department), secondDepartment: blankToNull(form.secondDepartment),
          staffCount: form.staffCount, status: form.status || null, riskLevel: form.riskLevel || null,
          flags: [...form.flags], contacts, ...(creating.value ? {} : { version: props.enterprise.version }),
        },
      };
    }

    const close = () => emit('update:modelValue', false);

    async function save() {
      errors.value = checkLocally();
      contactErrors.value = {};
      if (Object.keys(errors.value).length) return;
      const { sent, payload } = body();
      busy.value = true;
      try {
        const saved = creating.value
          ? await request('/api/enterprises', { method: 'POST', body: payload })
          : await request(`/api/enterprises/${props.enterprise.id}`, { method: 'PUT', body: payload });
        notify('success', t(creating.value ? 'enterprise.created' : 'enterprise.updated', { name: saved?.name ?? payload.name }));
        emit('saved', saved);
        close();
      } catch (e) {
        if (e.status === 422) {
          const { rows, rest } = indexedErrors(fieldErrors(e), 'contacts');
          errors.value = rest;
          contactErrors.value = Object.fromEntries(Object.entries(rows).map(([i, m]) => [sent[i] ?? i, m]));
          notify('error', e.message || t('forms.invalid'));
        } else if (e.status === 409 && e.code === 'stale') {
          notify('warning', t('enterprise.stale'));
          emit('stale');
          close();
        } else if (e.status === 409) {
          errors.value = { creditCode: e.message };
        } else if (errorText(e)) {
          notify('error', errorText(e));
        }
      } finally {
        busy.value = false;
      }
    }

    return { props, form, errors, contactErrors, busy, creating, villages, sectors, departments, save, close, t,
      localName, flagLabel, riskClass, riskLabel, statusLabel, FLAGS, RISK_LEVELS, STATUSES };
  },
  template: `
    <el-dialog :model-value="props.modelValue" @update:model-value="close" width="min(760px, 96vw)" append-to-body
               :close-on-click-modal="false" data-testid="enterprise-dialog"
               :title="creating ? t('enterprise.createTitle') : t('enterprise.editTitle', { name: props.enterprise.name })">
      <el-form :model="form" label-position="top" class="sg-grid-form" @submit.prevent="save">
        <el-form-item :label="t('enterprise.creditCode')" :error="errors.creditCode" required>
          <el-input v-model="form.creditCode" maxlength="18" show-word-limit class="sg-mono" autocomplete="off"
                    :placeholder="t('enterprise.creditCodeHint')" data-testid="enterprise-credit-code" />
        </el-form-item>
        <el-form-item :label="t('enterprise.name')" :error="errors.name" required>
          <el-input v-model="form.name" maxlength="200" data-testid="enterprise-name" />
        </el-form-item>
        <el-form-item :label="t('enterprise.address')" :error="errors.address" class="sg-span-2">
          <el-input v-model="form.address" maxlength="300" data-testid="enterprise-address" />
        </el-form-item>
        <el-form-item :label="t('enterprise.village')" :error="errors.village" required>
          <el-select v-model="form.village" filterable :placeholder="t('forms.choose')" data-testid="enterprise-village">
            <el-option v-for="v in villages" :key="v.code" :value="v.code" :label="v.name" />
          </el-select>
        </el-form-item>
        <el-form-item :label="t('enterprise.sector')" :error="errors.sector">
          <el-select v-model="form.sector" filterable clearable :placeholder="t('forms.choose')" data-testid="enterprise-sector">
            <el-option v-for="s in sectors" :key="s.code" :value="s.code" :label="localName(s)" />
          </el-select>
        </el-form-item>
        <el-form-item :label="t('enterprise.department')" :error="errors.department">
          <el-select v-model="form.department" filterable clearable :placeholder="t('forms.choose')"
                     data-testid="enterprise-department">
            <el-option v-for="d in departments" :key="d.id" :value="d.id" :label="localName(d)">
              <span>{{ localName(d) }}</span>
              <span v-if="d.installed === false" class="sg-option-code">{{ t('enterprise.notInstalled') }}</span>
            </el-option>
          </el-select>
        </el-form-item>
        <el-form-item :label="t('enterprise.secondDepartment')" :error="errors.secondDepartment">
          <el-select v-model="form.secondDepartment" filterable clearable :placeholder="t('enterprise.none')"
                     data-testid="enterprise-second-department">
            <el-option v-for="d in departments" :key="d.id" :value="d.id" :label="localName(d)" />
          </el-select>
        </el-form-item>
        <el-form-item :label="t('enterprise.staffCount')" :error="errors.staffCount">
          <el-input-number v-model="form.staffCount" :min="0" :step="1" step-strictly controls-position="right"
                           data-testid="enterprise-staff-count" />
          <span class="sg-field-hint sg-inline-hint">{{ t('enterprise.smallHint') }}</span>
        </el-form-item>
        <el-form-item :label="t('enterprise.status')" :error="errors.status">
          <el-radio-group v-model="form.status" data-testid="enterprise-status">
            <el-radio-button v-for="s in STATUSES" :key="s" :value="s">{{ statusLabel(s) }}</el-radio-button>
          </el-radio-group>
        </el-form-item>
        <el-form-item :label="t('enterprise.riskLevel')" :error="errors.riskLevel">
          <el-radio-group v-model="form.riskLevel" data-testid="enterprise-risk">
            <el-radio v-for="r in RISK_LEVELS" :key="r" :value="r" :data-testid="'enterprise-risk-' + r">
              <el-tag :class="riskClass(r)" effect="dark" size="small" disable-transitions>{{ riskLabel(r) }}</el-tag>
            </el-radio>
          </el-radio-group>
        </el-form-item>
        <el-form-item :label="t('enterprise.flags')" :error="errors.flags" class="sg-span-2">
          <el-checkbox-group v-model="form.flags" data-testid="enterprise-flags">
            <el-checkbox v-for="f in FLAGS" :key="f" :value="f" :data-testid="'enterprise-flag-' + f">{{ flagLabel(f) }}</el-checkbox>
          </el-checkbox-group>
        </el-form-item>
        <el-form-item :label="t('enterprise.contacts')" :error="errors.contacts" class="sg-span-2">
          <ContactsEditor v-model="form.contacts" :errors="contactErrors" />
        </el-form-item>
      </el-form>
      <template #footer>
        <el-button @click="close">{{ t('common.cancel') }}</el-button>
        <el-button type="primary" :loading="busy" data-testid="enterprise-save" @click="save">{{ t('common.save') }}</el-button>
      </template>
    </el-dialog>`,
};
