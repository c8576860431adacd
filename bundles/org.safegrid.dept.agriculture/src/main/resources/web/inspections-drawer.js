// The flood-season inspections of one reservoir, newest first, with the form to record one.
import { reactive, ref, watch } from 'vue';
import { useModule, isoDate, DATE_FORMAT, check, trimmed } from './util.js';

const RULES = { inspectedOn: { required: true }, inspector: { required: true, max: 50 }, findings: { max: 2000 } };

export default {
  name: 'AgricultureInspectionsDrawer',
  props: { modelValue: Boolean, reservoir: { type: Object, default: null }, canEdit: Boolean },
  emits: ['update:modelValue', 'changed'],
  setup(props, { emit }) {
    const { sg, t, send, fail } = useModule();
    const rows = ref([]);
    const total = ref(0);
    const page = ref(1);
    const loading = ref(false);
    const saving = ref(false);
    const form = reactive({});
    const errors = reactive({});

    function reset() {
      Object.assign(form, { inspectedOn: isoDate(new Date()), inspector: sg.user?.displayName || '', passed: true,
        findings: '' });
      Object.keys(errors).forEach((k) => delete errors[k]);
    }

    async function load() {
      if (!props.reservoir) return;
      loading.value = true;
      try {
        const answer = await sg.api(`reservoirs/${props.reservoir.id}/inspections`,
          { query: { page: page.value - 1, size: 10 } });
        rows.value = answer.items;
        total.value = answer.total;
      } catch (e) {
        fail(e);
      } finally {
        loading.value = false;
      }
    }

    async function save() {
      Object.keys(errors).forEach((k) => delete errors[k]);
      Object.assign(errors, check(form, RULES, t));
      if (!form.passed && !String(form.findings || '').trim()) errors.findings = t('inspection.findingsRequired');
      if (Object.keys(errors).length) return;
      saving.value = true;
      try {
        await send(`reservoirs/${props.reservoir.id}/inspections`, 'POST', trimmed(form));
        sg.notify('success', t('common.saved'));
        reset();
        page.value = 1;
        await load();
        emit('changed');
      } catch (e) {
        if (e && e.status === 422 && e.details && e.details.fields) {
          Object.assign(errors, e.details.fields);
          sg.notify('error', t('common.invalid'));
        } else {
          fail(e);
        }
      } finally {
        saving.value = false;
      }
    }

    watch(() => props.modelValue, (open) => {
      if (open) {
        page.value = 1;
        reset();
        load();
      }
    }, { immediate: true });

    return { t, rows, total, page, loading, saving, form, errors, load, save, emit, DATE_FORMAT };
  },
  template: `
<el-drawer :model-value="modelValue" @update:model-value="emit('update:modelValue', $event)" size="560px"
    :title="reservoir ? t('inspection.title', { name: reservoir.name }) : ''" destroy-on-close>
  <el-form v-if="canEdit" label-position="top" @submit.prevent="save" data-testid="inspection-form">
    <el-row :gutter="12">
      <el-col :span="12">
        <el-form-item :label="t('inspection.inspectedOn')" :error="errors.inspectedOn" required>
          <el-date-picker v-model="form.inspectedOn" type="date" :value-format="DATE_FORMAT" style="width: 100%"
              data-testid="inspection-date" />
        </el-form-item>
      </el-col>
      <el-col :span="12">
        <el-form-item :label="t('inspection.inspector')" :error="errors.inspector" required>
          <el-input v-model="form.inspector" maxlength="50" data-testid="inspection-inspector" />
        </el-form-item>
      </el-col>
    </el-row>
    <el-form-item :label="t('inspection.passed')" :error="errors.passed" required>
      <el-radio-group v-model="form.passed" data-testid="inspection-passed">
        <el-radio :value="true">{{ t('inspection.ok') }}</el-radio>
        <el-radio :value="false">{{ t('inspection.failed') }}</el-radio>
      </el-radio-group>
    </el-form-item>
    <el-form-item :label="t('inspection.findings')" :error="errors.findings" :required="!form.passed">
      <el-input v-model="form.findings" type="textarea" :rows="3" maxlength="2000" show-word-limit
          data-testid="inspection-findings" />
    </el-form-item>
    <el-button type="primary" :loading="saving" @click="save" data-testid="inspection-save">
      {{ t('inspection.add') }}</el-button>
  </el-form>
  <el-divider v-if="canEdit" />
  <el-table :data="rows" v-loading="loading" :empty-text="t('inspection.empty')" size="small"
      data-testid="inspection-table">
    <el-table-column prop="inspectedOn" :label="t('inspection.inspectedOn')" width="110" />
    <el-table-column prop="inspector" :label="t('inspection.inspector')" width="90" />
    <el-table-column :label="t('inspection.passed')" width="100">
      <template #default="{ row }">
        <el-tag :type="row.passed ? 'success' : 'danger'" size="small" disable-transitions>
          {{ row.passed ? t('inspection.ok') : t('inspection.failed') }}</el-tag>
      </template>
    </el-table-column>
    <el-table-column prop="findings" :label="t('inspection.findings')" show-overflow-tooltip />
  </el-table>
  <el-pagination v-if="total > 10" style="margin-top: 8px" small layout="prev, pager, next" :total="total"
      :page-size="10" v-model:current-page="page" @current-change="load" />
</el-drawer>`,
};
