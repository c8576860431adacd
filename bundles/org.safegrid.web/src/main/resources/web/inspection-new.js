// #/inspections/new?enterpriseId=: 执法检查, recording an inspection (POST /api/inspections): kind (日常检查,
// 四不两直, 专家检查, 联合检查), date, inspectors, findings. Saved, it opens the inspection with the enterprise's
// self-inspection record and the follow-ups.
import { reactive } from 'vue';
import { request } from './api.js';
import { t } from './i18n.js';
import { back, replace, route } from './router.js';
import { afterToday, today } from './dates.js';
import { INSPECTION_KINDS, kindLabel } from './enforcement-terms.js';
import { useServerForm } from './record-page.js';
import { notify } from './sg.js';
import EnterprisePicker from './enterprise-picker.js';
import FrequencyCard from './frequency-card.js';

export default {
  name: 'InspectionNewPage',
  components: { EnterprisePicker, FrequencyCard },
  setup() {
    const fromQuery = /^[1-9]\d*$/.test(route.query.enterpriseId ?? '') ? Number(route.query.enterpriseId) : null;
    const form = reactive({ enterpriseId: fromQuery, kind: 'ROUTINE', date: today(), inspectors: '', findings: '' });
    const local = reactive({});
    const { errors, problem, busy, run } = useServerForm();
    async function save() {
      for (const k of Object.keys(local)) delete local[k];
      if (!form.enterpriseId) local.enterpriseId = t('forms.required');
      if (!form.inspectors.trim()) local.inspectors = t('forms.required');
      if (!form.findings.trim()) local.findings = t('forms.required');
      if (!form.date) local.date = t('forms.required');
      if (Object.keys(local).length) return;
      const body = { enterpriseId: form.enterpriseId, kind: form.kind, date: form.date,
        inspectors: form.inspectors.trim(), findings: form.findings.trim() };
      const answer = await run(() => request('/api/inspections', { method: 'POST', body }));
      if (answer.ok) {
        notify('success', t('inspection.saved'));
        replace(`/inspections/${answer.value.id}`);
      }
    }
    const err = (field) => local[field] || errors.value[field];
    return { form, problem, busy, err, save, back: () => back('/inspections'), t, afterToday, kindLabel, INSPECTION_KINDS };
  },
  template: `
    <el-row :gutter="16" data-testid="inspection-new">
      <el-col :xs="24" :lg="16">
        <el-card shadow="never" class="sg-section">
          <template #header>
            <div class="sg-card-header sg-wrap">
              <span class="sg-card-title">{{ t('inspection.createTitle') }}</span>
              <el-button icon="Back" data-testid="inspection-back" @click="back">{{ t('common.back') }}</el-button>
            </div>
          </template>
          <el-alert v-if="problem" type="error" :closable="false" show-icon :title="problem" class="sg-section" data-testid="inspection-problem" />
          <el-form :model="form" label-position="top" @submit.prevent="save">
            <el-form-item :label="t('enterprise.name')" :error="err('enterpriseId')" required data-testid="inspection-enterprise-item">
              <EnterprisePicker v-model="form.enterpriseId" testid="inspection-enterprise" />
            </el-form-item>
            <el-form-item :label="t('inspection.kind')" :error="err('kind')" required>
              <el-radio-group v-model="form.kind" class="sg-kind-group" data-testid="inspection-kind">
                <el-radio-button v-for="k in INSPECTION_KINDS" :key="k" :value="k" :data-testid="'inspection-kind-' + k">{{ kindLabel(k) }}</el-radio-button>
              </el-radio-group>
              <div class="sg-field-hint">{{ t('inspection.kindHint') }}</div>
            </el-form-item>
            <el-form-item :label="t('inspection.date')" :error="err('date')" required data-testid="inspection-date-item">
              <span class="sg-date" data-testid="inspection-date"><el-date-picker v-model="form.date" type="date" value-format="YYYY-MM-DD" :disabled-date="afterToday" :clearable="false" /></span>
            </el-form-item>
            <el-form-item :label="t('inspection.inspectors')" :error="err('inspectors')" required data-testid="inspection-inspectors-item">
              <el-input v-model="form.inspectors" maxlength="500" :placeholder="t('inspection.inspectorsHint')" data-testid="inspection-inspectors" />
            </el-form-item>
            <el-form-item :label="t('inspection.findings')" :error="err('findings')" required data-testid="inspection-findings-item">
              <el-input v-model="form.findings" type="textarea" :autosize="{ minRows: 5, maxRows: 14 }" maxlength="4000" show-word-limit
                        :placeholder="t('inspection.findingsHint')" data-testid="inspection-findings" />
            </el-form-item>
          </el-form>
          <div class="sg-form-actions">
            <el-button data-testid="inspection-cancel" @click="back">{{ t('common.cancel') }}</el-button>
            <el-button type="primary" :loading="busy" data-testid="inspection-save" @click="save">{{ t('inspection.save') }}</el-button>
          </div>
        </el-card>
      </el-col>
      <el-col :xs="24" :lg="8">
        <FrequencyCard v-if="form.enterpriseId" :key="form.enterpriseId" :enterprise-id="form.enterpriseId" />
        <el-card shadow="never" class="sg-section"><div class="sg-field-hint">{{ t('inspection.complianceHint') }}</div></el-card>
      </el-col>
    </el-row>`,
};
