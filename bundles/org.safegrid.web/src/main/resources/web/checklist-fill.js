// #/enterprises/<id>/checklists/<template>/<period>: filling one self-inspection with the template's latest version
// and submitting it (POST /api/checklists/submissions). Everything is checked here first (every item answered, a note
// for each 不合格); the server's 422 lands on the item, 409 already_submitted links to the earlier submission, and the
// answer lists the hazards the failed items became. Photos go up after the submission is stored.
import { computed, nextTick, onMounted, reactive, ref } from 'vue';
import { request } from './api.js';
import { t } from './i18n.js';
import { indexedErrors } from './forms.js';
import { navigate, route } from './router.js';
import { addDays, today } from './dates.js';
import { cadenceLabel, dueStateLabel, dueStateTag, periodSpan, templateName } from './hazard-terms.js';
import { RecordMissing, useRecord, useServerForm } from './record-page.js';
import ChecklistItem from './checklist-item.js';
import ChecklistResult from './checklist-result.js';
import { PHOTOS_PER_SUBMISSION, uploadPhotos } from './checklist-photos.js';

const blankAnswer = (item) => ({ result: null, note: '', hazardLevel: item.severityHint === 'MAJOR' ? 'MAJOR' : 'GENERAL',
  hazardDeadline: addDays(today(), 7), photos: [] });

/** The answer as the API takes it: level and deadline only for a failed item, the deadline only for a general one. */
function sent(item, a) {
  const out = { itemCode: item.code, result: a.result };
  if (a.note.trim()) out.note = a.note.trim();
  if (a.result === 'FAIL') {
    out.hazardLevel = a.hazardLevel;
    if (a.hazardLevel === 'GENERAL' && a.hazardDeadline) out.hazardDeadline = a.hazardDeadline;
  }
  return out;
}

export default {
  name: 'ChecklistFillPage',
  components: { ChecklistItem, ChecklistResult, RecordMissing },
  setup() {
    const { id, template: code, period } = route.params;
    const { state: enterprise, load: loadEnterprise } = useRecord(`/api/enterprises/${id}`);
    const { state: tpl, load: loadTemplate } = useRecord(`/api/checklists/templates/${encodeURIComponent(code)}`);
    const due = ref(null); // this period's entry of the due list, if it is listed
    const answers = reactive({});
    const errors = ref({}); // item code -> {field: message}
    const general = ref([]); // messages that name no item
    const conflict = ref(null); // 409 already_submitted: {message, submissionId}
    const done = reactive({ submission: null, photos: null, uploading: 0, total: 0 });
    const { busy, run } = useServerForm();

    async function loadDue() {
      try {
        const list = await request('/api/checklists/due', { query: { enterpriseId: id } });
        due.value = (list?.items ?? []).find((e) => e.templateCode === code && e.period?.key === period) ?? null;
      } catch {
        due.value = null; // the page still works; the server decides on submit
      }
    }
    async function load() {
      await Promise.all([loadEnterprise(), loadTemplate(), loadDue()]);
      for (const item of tpl.data?.items ?? []) answers[item.code] ??= blankAnswer(item);
    }
    onMounted(load);

    const items = computed(() => tpl.data?.items ?? []);
    const answered = computed(() => items.value.filter((i) => answers[i.code]?.result).length);
    const failedCount = computed(() => items.value.filter((i) => answers[i.code]?.result === 'FAIL').length);
    const photoCount = computed(() => items.value.reduce((n, i) => n + (answers[i.code]?.photos.length ?? 0), 0));
    const remainingPhotos = computed(() => PHOTOS_PER_SUBMISSION - photoCount.value);
    const mayFill = computed(() => enterprise.data?.editable !== false);
    const alreadyDone = computed(() => due.value?.state === 'DONE');
    // the cards appear once every item has its answer object
    const ready = computed(() => !!tpl.data && items.value.every((i) => answers[i.code]));

    function allPass() {
      for (const item of items.value) if (!answers[item.code].result) answers[item.code].result = 'PASS';
    }

    function checkLocally() {
      const found = {};
      for (const item of items.value) {
        const a = answers[item.code];
        if (!a.result) found[item.code] = { result: t('checklist.answerRequired') };
        else if (a.result === 'FAIL' && !a.note.trim()) found[item.code] = { note: t('checklist.noteRequired') };
      }
      return found;
    }

    async function showFirstError() {
      await nextTick();
      document.querySelector('.sg-check-item.is-error, .sg-fill-problems')?.scrollIntoView({ behavior: 'smooth', block: 'center' });
    }

    function serverErrors(error, order) {
      const { rows, rest } = indexedErrors(error.details?.fields, 'answers');
      const next = {};
      for (const [i, messages] of Object.entries(rows)) {
        const item = order[Number(i)];
        if (item) next[item.code] = messages;
        else general.value.push(...Object.values(messages));
      }
      errors.value = next;
      general.value.push(...Object.values(rest));
      if (!general.value.length && !Object.keys(next).length) general.value.push(error.message);
    }

    async function submit() {
      general.value = [];
      conflict.value = null;
      errors.value = checkLocally();
      const missing = Object.keys(errors.value).length;
      if (missing) {
        general.value = [t('checklist.fixBeforeSubmit', { count: missing })];
        showFirstError();
        return;
      }
      const order = items.value;
      const body = { enterpriseId: Number(id), templateCode: code, templateVersion: tpl.data.version, periodKey: period,
        answers: order.map((item) => sent(item, answers[item.code])) };
      const answer = await run(() => request('/api/checklists/submissions', { method: 'POST', body }));
      if (answer.ok) {
        done.submission = answer.value;
        window.scrollTo({ top: 0 });
        await sendPhotos(answer.value);
        return;
      }
      const e = answer.error;
      if (e.status === 409 && e.code === 'already_submitted') {
        conflict.value = { message: e.message, submissionId: e.details?.submissionId };
      } else if (e.status === 422) {
        serverErrors(e, order);
      } else if (e.status !== 401 && e.status !== 403) {
        general.value = [e.status === 0 ? t('errors.network') : e.message];
      }
      showFirstError();
    }

    async function sendPhotos(submission) {
      const photos = items.value.flatMap((item) => answers[item.code].photos.map((file) => ({ itemCode: item.code, file })));
      if (!photos.length) return;
      done.total = photos.length;
      done.photos = await uploadPhotos(submission.id, photos, (n) => {
        done.uploading = n;
      });
    }

    const toDue = () => navigate(`/enterprises/${id}/checklists`);
    return { id, code, period, enterprise, tpl, due, answers, errors, general, conflict, done, busy, items, answered,
      failedCount, remainingPhotos, mayFill, alreadyDone, ready, allPass, submit, toDue, t, templateName, cadenceLabel,
      dueStateLabel, dueStateTag, periodSpan };
  },
  template: `
    <div class="sg-fill" data-testid="checklist-fill-page">
      <RecordMissing v-if="enterprise.missing || tpl.missing" :title="enterprise.missing ? t('enterprise.notFound') : t('template.notFound')"
                     :back="'#/enterprises/' + id + '/checklists'" :back-label="t('checklist.backToDue')" />
      <template v-else>
        <el-card shadow="never" class="sg-section" v-loading="enterprise.loading || tpl.loading">
          <template #header>
            <div class="sg-card-header sg-wrap">
              <div>
                <span class="sg-card-title" data-testid="checklist-fill-title">{{ tpl.data ? templateName(tpl.data) : code }}</span>
                <span class="sg-muted sg-subtitle">
                  <a :href="'#/enterprises/' + id" class="sg-link">{{ enterprise.data && enterprise.data.name }}</a></span>
              </div>
              <el-button icon="Back" data-testid="checklist-fill-back" @click="toDue">{{ t('checklist.backToDue') }}</el-button>
            </div>
          </template>
          <div class="sg-fill-meta">
            <el-tag v-if="tpl.data" effect="plain">{{ cadenceLabel(tpl.data.cadence) }}</el-tag>
            <span data-testid="checklist-fill-period">{{ t('checklist.period', { key: period }) }}<span v-if="due" class="sg-muted">（{{ periodSpan(due.period) }}）</span></span>
            <el-tag v-if="due" :type="dueStateTag(due.state)" size="small" effect="dark">{{ dueStateLabel(due.state) }}</el-tag>
            <span v-if="tpl.data" class="sg-muted">{{ t('template.versionN', { n: tpl.data.version }) }}</span>
          </div>
          <el-alert v-if="enterprise.error || tpl.error" type="error" :closable="false" show-icon :title="enterprise.error || tpl.error" />
          <el-alert v-if="!due && tpl.data && !done.submission" type="warning" :closable="false" show-icon class="sg-gap-top"
                    data-testid="checklist-not-listed" :title="t('checklist.notListed')" />
        </el-card>

        <ChecklistResult v-if="done.submission" :submission="done.submission" :photos="done.photos"
                         :uploading="done.uploading" :photo-total="done.total" />

        <el-card v-else-if="alreadyDone" shadow="never" class="sg-section" data-testid="checklist-already-done">
          <el-result icon="success" :title="t('checklist.alreadyDone')">
            <template #extra><el-button type="primary" tag="a" :href="'#/checklists/submissions/' + due.submissionId"
              data-testid="checklist-open-submission">{{ t('checklist.viewSubmission') }}</el-button></template>
          </el-result>
        </el-card>

        <el-form v-else-if="ready" label-position="top" class="sg-fill-form" @submit.prevent>
          <el-alert v-if="!mayFill" type="info" :closable="false" show-icon class="sg-section" :title="t('checklist.readOnly')" />
          <el-alert v-if="conflict" type="warning" :closable="false" show-icon class="sg-section sg-fill-problems"
                    data-testid="checklist-conflict" :title="t('checklist.alreadySubmittedTitle')">
            <div>{{ conflict.message }}</div>
            <a v-if="conflict.submissionId" :href="'#/checklists/submissions/' + conflict.submissionId" class="sg-link"
               data-testid="checklist-conflict-link">{{ t('checklist.viewSubmission') }}</a>
          </el-alert>
          <el-alert v-if="general.length" type="error" :closable="false" show-icon class="sg-section sg-fill-problems"
                    data-testid="checklist-errors" :title="t('checklist.notSubmitted')">
            <div v-for="(m, i) in general" :key="i">{{ m }}</div>
          </el-alert>
          <ChecklistItem v-for="(item, i) in items" :key="item.code" :item="item" :index="i" :count="items.length"
                         :answer="answers[item.code]" :errors="errors[item.code] || {}" :disabled="!mayFill || busy"
                         :remaining-photos="remainingPhotos" />
          <div class="sg-fill-bar" data-testid="checklist-bar">
            <span class="sg-fill-progress" data-testid="checklist-progress">{{ t('checklist.answered', { n: answered, total: items.length }) }}
              <el-tag v-if="failedCount" type="danger" size="small" effect="dark">{{ t('checklist.failedCount', { n: failedCount }) }}</el-tag></span>
            <el-button v-if="mayFill && answered < items.length" data-testid="checklist-all-pass" @click="allPass">{{ t('checklist.allPass') }}</el-button>
            <el-button v-if="mayFill" type="primary" size="large" :loading="busy" data-testid="checklist-submit" @click="submit">{{ t('checklist.submit') }}</el-button>
          </div>
        </el-form>
      </template>
    </div>`,
};
