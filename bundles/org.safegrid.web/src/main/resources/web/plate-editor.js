// The people of a responsibility plate, role by role in the plate's order, with each role's duty standard; add and
// remove people, save with PUT /api/plates/{id} {version, persons}. 422 messages land on the person's field.
import { computed, ref, watch } from 'vue';
import { fieldErrors, request } from './api.js';
import { locale, t } from './i18n.js';
import { errorText, indexedErrors } from './forms.js';
import { notify } from './sg.js';
import { joinNames } from './enterprise-terms.js';
import { roleDuty, roleName } from './reference-data.js';

const FIELDS = ['name', 'position', 'phone', 'username', 'post'];
let nextKey = 1;

// id: the person's id on the plate, sent back so that a change shows in the history as a change of that person
const toRow = (p) => ({
  key: nextKey++, id: p.id ?? null, role: p.role, ...Object.fromEntries(FIELDS.map((f) => [f, p[f] ?? ''])),
});
const blank = (row) => FIELDS.every((f) => !String(row[f] ?? '').trim());
const snapshot = (rows) => JSON.stringify(rows.map(({ key, id, ...rest }) => rest));

export default {
  name: 'PlateEditor',
  props: { plate: { type: Object, required: true } },
  emits: ['saved', 'reload'],
  setup(props, { emit }) {
    const rows = ref([]);
    const errors = ref({}); // row key -> {field: message}
    const general = ref([]); // messages that name no person
    const busy = ref(false);
    let saved = '';

    function reset() {
      rows.value = (props.plate.persons ?? []).map(toRow);
      saved = snapshot(rows.value);
      errors.value = {};
      general.value = [];
    }
    watch(() => props.plate, reset, { immediate: true });

    const editable = computed(() => !!props.plate.editable);
    const required = computed(() => props.plate.roles ?? []);
    const requiredCodes = computed(() => new Set(required.value.map((r) => r.code)));
    const rowsOf = (code) => rows.value.filter((r) => r.role === code);
    // people in roles the plate no longer requires: shown apart, so that they can be removed
    const others = computed(() => rows.value.filter((r) => !requiredCodes.value.has(r.role)));
    const missing = computed(() => required.value.filter((r) => !rowsOf(r.code).some((p) => p.name.trim())));
    // the plate as saved: what the server says is missing
    const savedMissing = computed(() => (props.plate.missing ?? []).map((code) => roleName(code, required.value)));
    const dirty = computed(() => snapshot(rows.value) !== saved);
    const canAdd = (role) => editable.value && (role.multiple || rowsOf(role.code).length === 0);

    const name = (code) => roleName(code, required.value);
    // the plate's roles carry their duty standard; GET /api/plates/roles has it too
    const duty = (role) => (locale.value === 'en' ? role.dutyEn || role.duty : role.duty) || roleDuty(role.code);
    function add(role) {
      rows.value.push(toRow({ role: role.code }));
    }
    function remove(row) {
      rows.value = rows.value.filter((r) => r !== row);
      delete errors.value[row.key];
    }
    const err = (row, field) => errors.value[row.key]?.[field];

    function checkLocally(sent) {
      const found = {};
      for (const row of sent) if (!row.name.trim()) found[row.key] = { name: t('forms.required') };
      return found;
    }

    async function save() {
      // in the order shown: the required roles, then the others; blank rows are not sent
      const order = [...required.value.flatMap((r) => rowsOf(r.code)), ...others.value].filter((r) => !blank(r));
      errors.value = checkLocally(order);
      general.value = [];
      if (Object.keys(errors.value).length) return;
      const persons = order.map((r) => ({
        ...(r.id ? { id: r.id } : {}),
        role: r.role,
        ...Object.fromEntries(FIELDS.map((f) => [f, String(r[f] ?? '').trim() || null])),
      }));
      busy.value = true;
      try {
        const answer = await request(`/api/plates/${props.plate.enterpriseId}`, {
          method: 'PUT',
          body: { version: props.plate.version, persons },
        });
        notify('success', t('plate.saved'));
        emit('saved', answer?.roles ? answer : null);
      } catch (e) {
        if (e.status === 422) {
          const { rows: byIndex, rest } = indexedErrors(fieldErrors(e), 'persons');
          const next = {};
          for (const [i, messages] of Object.entries(byIndex)) {
            const row = order[Number(i)];
            if (row) next[row.key] = messages;
            else general.value.push(...Object.values(messages));
          }
          errors.value = next;
          general.value.push(...Object.values(rest));
          if (!general.value.length && !Object.keys(next).length) general.value.push(e.message);
          notify('error', e.message || t('forms.invalid'));
        } else if (e.status === 409) {
          notify('warning', t('plate.stale'));
          emit('reload');
        } else if (errorText(e)) {
          notify('error', errorText(e));
        }
      } finally {
        busy.value = false;
      }
    }

    // messages about the entry itself (its role given twice, its id) rather than one of the fields shown
    const rowError = (row) => joinNames(Object.entries(errors.value[row.key] ?? {})
      .filter(([field]) => !FIELDS.includes(field)).map(([, message]) => message));
    const allErrors = (row) => joinNames(Object.values(errors.value[row.key] ?? {}));
    return { props, rows, required, others, missing, savedMissing, dirty, editable, busy, general, rowsOf, canAdd, add,
      remove, err, rowError, allErrors, save, reset, name, duty, joinNames, t };
  },
  template: `
    <el-form class="sg-plate-editor" label-position="top" data-testid="plate-editor" @submit.prevent>
      <el-alert v-if="savedMissing.length" type="warning" :closable="false" show-icon class="sg-plate-status"
                data-testid="plate-missing" :title="t('plate.missingList', { roles: joinNames(savedMissing) })" />
      <el-alert v-else type="success" :closable="false" show-icon class="sg-plate-status" data-testid="plate-complete"
                :title="t('plate.completeDetail')" />
      <el-alert v-if="general.length" type="error" :closable="false" show-icon class="sg-plate-status"
                data-testid="plate-errors" :title="t('forms.invalid')">
        <div v-for="(m, i) in general" :key="i">{{ m }}</div>
      </el-alert>
      <div v-if="!editable" class="sg-muted sg-small-note" data-testid="plate-read-only">{{ t('plate.readOnly') }}</div>

      <section v-for="role in required" :key="role.code" class="sg-plate-role" :class="{ 'is-missing': missing.includes(role) }"
               :data-testid="'plate-role-' + role.code">
        <div class="sg-plate-role-head">
          <span class="sg-plate-role-name">{{ name(role.code) }}</span>
          <el-tag v-if="missing.includes(role)" type="danger" size="small" effect="dark">{{ t('plate.missingTag') }}</el-tag>
          <el-tag v-else type="success" size="small" effect="plain">{{ t('plate.filledTag') }}</el-tag>
          <el-tag v-if="role.multiple" size="small" type="info" effect="plain">{{ t('plate.multiple') }}</el-tag>
          <el-tag v-if="role.source && role.source !== 'platform'" size="small" effect="plain">{{ t('plate.fromDepartment', { id: role.source }) }}</el-tag>
          <el-button v-if="canAdd(role)" size="small" icon="Plus" class="sg-plate-add" :data-testid="'plate-add-' + role.code"
                     @click="add(role)">{{ t('plate.addPerson') }}</el-button>
        </div>
        <div v-if="duty(role)" class="sg-plate-duty">{{ t('plate.dutyLine', { duty: duty(role) }) }}</div>
        <div v-for="(p, i) in rowsOf(role.code)" :key="p.key" class="sg-row sg-plate-person" :class="{ 'is-first': i === 0 }"
             :data-testid="'plate-row-' + role.code + '-' + i">
          <el-form-item v-for="f in ['name', 'position', 'phone', 'username']" :key="f" :error="err(p, f)" class="sg-row-field"
                        :label="i === 0 ? t('plate.field.' + f) : ''"
                        :data-testid="'plate-person-' + role.code + '-' + i + '-' + f + '-item'">
            <el-input v-model="p[f]" :disabled="!editable" :placeholder="t('plate.field.' + f)"
                      :data-testid="'plate-person-' + role.code + '-' + i + '-' + f" />
          </el-form-item>
          <el-form-item v-if="role.multiple" :error="err(p, 'post')" class="sg-row-field sg-row-wide"
                        :label="i === 0 ? t('plate.field.post') : ''"
                        :data-testid="'plate-person-' + role.code + '-' + i + '-post-item'">
            <el-input v-model="p.post" :disabled="!editable" :placeholder="t('plate.field.post')"
                      :data-testid="'plate-person-' + role.code + '-' + i + '-post'" />
          </el-form-item>
          <el-button v-if="editable" link type="danger" icon="Delete" :title="t('common.remove')"
                     :data-testid="'plate-person-' + role.code + '-' + i + '-remove'" @click="remove(p)" />
          <div v-if="rowError(p)" class="sg-row-error">{{ rowError(p) }}</div>
        </div>
        <div v-if="!rowsOf(role.code).length" class="sg-muted sg-plate-empty">{{ t('plate.nobody') }}</div>
      </section>

      <section v-if="others.length" class="sg-plate-role" data-testid="plate-others">
        <div class="sg-plate-role-head"><span class="sg-plate-role-name">{{ t('plate.others') }}</span></div>
        <div class="sg-plate-duty">{{ t('plate.othersHint') }}</div>
        <div v-for="(p, i) in others" :key="p.key" class="sg-row sg-plate-person" :data-testid="'plate-other-' + i">
          <span class="sg-plate-other-role">{{ name(p.role) }}</span>
          <span>{{ p.name }}</span><span class="sg-muted">{{ p.position }} {{ p.phone }}</span>
          <el-button v-if="editable" link type="danger" icon="Delete" :data-testid="'plate-other-' + i + '-remove'"
                     @click="remove(p)">{{ t('common.remove') }}</el-button>
          <div v-if="allErrors(p)" class="sg-row-error">{{ allErrors(p) }}</div>
        </div>
      </section>

      <div v-if="editable" class="sg-form-actions">
        <el-tag v-if="dirty" type="warning" effect="plain" data-testid="plate-dirty">{{ t('plate.unsaved') }}</el-tag>
        <el-button :disabled="!dirty || busy" data-testid="plate-reset" @click="reset">{{ t('plate.undo') }}</el-button>
        <el-button type="primary" :loading="busy" :disabled="!dirty" data-testid="plate-save" @click="save">{{ t('common.save') }}</el-button>
      </div>
    </el-form>`,
};
