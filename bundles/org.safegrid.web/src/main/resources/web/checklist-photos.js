// Photos of a checklist answer: chosen while filling (JPEG, PNG or WebP up to 5 MB, checked here first), sent one by
// one after the submission is stored (POST /api/checklists/submissions/<id>/photos?itemCode=, the image as the body).
import { ref } from 'vue';
import { t } from './i18n.js';
import { errorText } from './forms.js';
import { uploadFile } from './upload.js';
import { fileSize } from './file-drop.js';

export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'];
export const PHOTO_MAX_MB = 5;
export const PHOTOS_PER_SUBMISSION = 20;

/** Why a file cannot be a photo, or '' when it can. */
export function photoProblem(file) {
  if (!PHOTO_TYPES.includes(file.type)) return t('photos.badType', { name: file.name });
  if (file.size > PHOTO_MAX_MB * 1024 * 1024) return t('photos.tooLarge', { name: file.name, max: PHOTO_MAX_MB });
  return '';
}

/**
 * Sends photos [{itemCode, file}] of a stored submission one after the other. Answers one line per photo:
 * {itemCode, name, ok, message} — a refused photo (415, 413, 409) does not stop the others.
 */
export async function uploadPhotos(submissionId, photos, onProgress) {
  const results = [];
  for (const [i, { itemCode, file }] of photos.entries()) {
    try {
      await uploadFile(`/api/checklists/submissions/${submissionId}/photos`, { file, query: { itemCode } }).promise;
      results.push({ itemCode, name: file.name, ok: true, message: '' });
    } catch (e) {
      results.push({ itemCode, name: file.name, ok: false, message: errorText(e) ?? t('errors.forbidden') });
    }
    onProgress?.(i + 1, photos.length);
  }
  return results;
}

export default {
  name: 'PhotoPicker',
  props: {
    modelValue: { type: Array, default: () => [] }, // File[]
    testid: { type: String, required: true },
    remaining: { type: Number, default: PHOTOS_PER_SUBMISSION }, // how many more the submission may take
    disabled: { type: Boolean, default: false },
  },
  emits: ['update:modelValue'],
  setup(props, { emit }) {
    const input = ref(null);
    const refused = ref('');
    function changed(event) {
      const chosen = [...(event.target.files ?? [])];
      event.target.value = '';
      const problems = [];
      const taken = [];
      for (const file of chosen) {
        const problem = photoProblem(file);
        if (problem) problems.push(problem);
        else if (taken.length < props.remaining) taken.push(file);
        else problems.push(t('photos.tooMany', { max: PHOTOS_PER_SUBMISSION }));
      }
      refused.value = [...new Set(problems)].join(' ');
      if (taken.length) emit('update:modelValue', [...props.modelValue, ...taken]);
    }
    const remove = (file) => emit('update:modelValue', props.modelValue.filter((f) => f !== file));
    return { props, input, refused, changed, remove, fileSize, t, PHOTO_TYPES };
  },
  template: `
    <div class="sg-photos">
      <el-button size="small" icon="Camera" :disabled="props.disabled || props.remaining <= 0" :data-testid="props.testid + '-add'"
                 @click="input.click()">{{ t('photos.add') }}</el-button>
      <input ref="input" type="file" multiple class="sg-hidden-input" :accept="PHOTO_TYPES.join(',')"
             :data-testid="props.testid + '-file'" @change="changed">
      <el-tag v-for="(f, i) in props.modelValue" :key="i" closable :data-testid="props.testid + '-' + i" size="small" effect="plain" class="sg-flag-tag"
              @close="remove(f)">{{ f.name }} ({{ fileSize(f.size) }})</el-tag>
      <div v-if="refused" class="sg-row-error sg-photos-refused" :data-testid="props.testid + '-refused'">{{ refused }}</div>
    </div>`,
};
