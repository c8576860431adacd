// Choosing one spreadsheet: a drop zone and a file input; a file of another type is refused here with a message
// (the server checks again and decides).
import { ref } from 'vue';
import { t } from './i18n.js';

export const ACCEPTED = ['.xlsx', '.csv'];
export const MAX_MB = 20;

const accepted = (name) => ACCEPTED.some((ext) => name.toLowerCase().endsWith(ext));

/** 1.2 MB, 350 KB, 12 B. */
export function fileSize(bytes) {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} B`;
}

export default {
  name: 'FileDrop',
  props: { modelValue: { type: Object, default: null } }, // the chosen File
  emits: ['update:modelValue'],
  setup(props, { emit }) {
    const input = ref(null);
    const over = ref(false);
    const refused = ref('');

    function take(files) {
      const file = files?.[0];
      if (!file) return;
      if (!accepted(file.name)) {
        refused.value = t('import.badExtension', { name: file.name });
        return;
      }
      refused.value = '';
      emit('update:modelValue', file);
    }
    function changed(event) {
      take(event.target.files);
      event.target.value = ''; // the same file may be chosen again after a change to it
    }
    function dropped(event) {
      over.value = false;
      take(event.dataTransfer?.files);
    }
    const tooBig = () => props.modelValue && props.modelValue.size > MAX_MB * 1024 * 1024;
    return { props, input, over, refused, changed, dropped, tooBig, fileSize, t, ACCEPTED, MAX_MB };
  },
  template: `
    <div>
      <div class="sg-drop" :class="{ 'is-over': over }" data-testid="import-drop" tabindex="0" role="button"
           @click="input.click()" @keydown.enter.prevent="input.click()" @keydown.space.prevent="input.click()"
           @dragover.prevent="over = true" @dragleave="over = false" @drop.prevent="dropped">
        <el-icon :size="40" class="sg-drop-icon"><UploadFilled /></el-icon>
        <div>{{ t('import.dropHint') }}</div>
        <div class="sg-field-hint">{{ t('import.fileHint', { types: ACCEPTED.join('、'), max: MAX_MB }) }}</div>
        <input ref="input" type="file" class="sg-hidden-input" :accept="ACCEPTED.join(',')" data-testid="import-file"
               @change="changed">
      </div>
      <el-alert v-if="refused" type="error" show-icon :title="refused" class="sg-gap-top" data-testid="import-file-refused"
                @close="refused = ''" />
      <div v-if="props.modelValue" class="sg-chosen-file" data-testid="import-file-name">
        <el-icon><Document /></el-icon> {{ props.modelValue.name }} <span class="sg-muted">({{ fileSize(props.modelValue.size) }})</span>
      </div>
      <el-alert v-if="tooBig()" type="warning" :closable="false" show-icon class="sg-gap-top" data-testid="import-file-big"
                :title="t('import.tooBigWarning', { max: MAX_MB })" />
    </div>`,
};
