// A stored photo as a thumbnail that opens full size: read with the session's token through fetch, shown from a
// blob URL (released when the thumbnail goes).
import { onBeforeUnmount, onMounted, ref } from 'vue';
import { requestBlob } from './api.js';
import { t } from './i18n.js';

export default {
  name: 'PhotoThumb',
  props: { src: { type: String, required: true }, testid: { type: String, default: 'photo' } },
  setup(props) {
    const url = ref('');
    const failed = ref(false);
    onMounted(async () => {
      try {
        url.value = URL.createObjectURL((await requestBlob(props.src)).blob);
      } catch {
        failed.value = true;
      }
    });
    onBeforeUnmount(() => url.value && URL.revokeObjectURL(url.value));
    return { props, url, failed, t };
  },
  template: `
    <span class="sg-thumb" :data-testid="props.testid">
      <el-image v-if="url" :src="url" :preview-src-list="[url]" fit="cover" preview-teleported class="sg-thumb-image" />
      <span v-else-if="failed" class="sg-muted">{{ t('photos.unreadable') }}</span>
    </span>`,
};
