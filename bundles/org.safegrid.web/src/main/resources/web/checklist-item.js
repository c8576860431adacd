// One item of a checklist as a card, usable on a phone: the item, big 合格 / 不合格 / 不涉及 toggles, a note (required
// on 不合格) and, for a failed item, the hazard's level (from the item's severity hint) and its deadline.
import { computed } from 'vue';
import { t } from './i18n.js';
import { beforeToday } from './dates.js';
import { HAZARD_LEVELS, RESULTS, categoryLabel, itemText, levelLabel } from './hazard-terms.js';
import PhotoPicker from './checklist-photos.js';

export default {
  name: 'ChecklistItem',
  components: { PhotoPicker },
  props: {
    item: { type: Object, required: true },
    index: { type: Number, required: true },
    count: { type: Number, required: true },
    answer: { type: Object, required: true }, // {result, note, hazardLevel, hazardDeadline, photos}, changed in place
    errors: { type: Object, default: () => ({}) },
    remainingPhotos: { type: Number, default: 0 },
    disabled: { type: Boolean, default: false },
  },
  setup(props) {
    const a = props.answer;
    const failed = computed(() => a.result === 'FAIL');
    const id = (part) => `checklist-item-${props.item.code}-${part}`;
    const hasError = computed(() => Object.values(props.errors ?? {}).some(Boolean));
    const anyOther = computed(() => props.errors?.itemCode || props.errors?._);
    return { props, a, failed, id, hasError, anyOther, t, beforeToday, itemText, categoryLabel, levelLabel,
      HAZARD_LEVELS, RESULTS };
  },
  template: `
    <el-card shadow="never" class="sg-check-item" :class="{ 'is-error': hasError, 'is-fail': failed }"
             :data-testid="'checklist-item-' + props.item.code">
      <div class="sg-check-head">
        <span class="sg-check-index">{{ props.index + 1 }}/{{ props.count }}</span>
        <el-tag size="small" effect="plain">{{ categoryLabel(props.item.category) }}</el-tag>
        <el-tag v-if="props.item.severityHint === 'MAJOR'" size="small" type="danger" effect="plain">{{ t('checklist.majorHint') }}</el-tag>
      </div>
      <div class="sg-check-text">{{ itemText(props.item) }}</div>
      <div v-if="props.item.legalBasis" class="sg-check-basis">{{ t('checklist.legalBasis', { basis: props.item.legalBasis }) }}</div>
      <el-form-item :error="props.errors.result" class="sg-check-answer" :data-testid="id('result-item')">
        <el-radio-group v-model="a.result" size="large" class="sg-answer" :disabled="props.disabled" :data-testid="id('result')">
          <el-radio-button v-for="r in RESULTS" :key="r" :value="r" :class="'is-' + r.toLowerCase()"
                           :data-testid="id(r.toLowerCase())">{{ t('result.' + r) }}</el-radio-button>
        </el-radio-group>
      </el-form-item>
      <el-form-item :label="failed ? t('checklist.noteFail') : t('checklist.note')" :required="failed" :error="props.errors.note"
                    :data-testid="id('note-item')">
        <el-input v-model="a.note" type="textarea" :autosize="{ minRows: failed ? 2 : 1, maxRows: 6 }" maxlength="500"
                  :show-word-limit="failed" :disabled="props.disabled" :data-testid="id('note')"
                  :placeholder="failed ? t('checklist.notePlaceholderFail') : t('checklist.notePlaceholder')" />
      </el-form-item>
      <template v-if="failed">
        <el-form-item :label="t('checklist.hazardLevel')" :error="props.errors.hazardLevel" :data-testid="id('level-item')">
          <el-radio-group v-model="a.hazardLevel" :disabled="props.disabled" :data-testid="id('level')">
            <el-radio-button v-for="l in HAZARD_LEVELS" :key="l" :value="l" :data-testid="id('level-' + l.toLowerCase())">{{ levelLabel(l) }}</el-radio-button>
          </el-radio-group>
        </el-form-item>
        <el-form-item v-if="a.hazardLevel === 'GENERAL'" :label="t('checklist.hazardDeadline')" :error="props.errors.hazardDeadline"
                      :data-testid="id('deadline-item')">
          <span class="sg-date" :data-testid="id('deadline')"><el-date-picker v-model="a.hazardDeadline" type="date" value-format="YYYY-MM-DD" :disabled-date="beforeToday"
                          :clearable="true" :editable="false" :disabled="props.disabled" class="sg-check-date"
                          :placeholder="t('checklist.deadlineDefault')" /></span>
        </el-form-item>
        <div v-else class="sg-field-hint sg-check-hint" :data-testid="id('major-hint')">{{ t('checklist.majorDeadlineHint') }}</div>
      </template>
      <PhotoPicker v-model="a.photos" :testid="id('photos')" :remaining="props.remainingPhotos" :disabled="props.disabled" />
      <div v-if="anyOther" class="sg-row-error sg-check-other" :data-testid="id('error')">{{ anyOther }}</div>
    </el-card>`,
};
