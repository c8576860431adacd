// The answer when the server refuses a file at once: 413 too_large, 415 not_a_spreadsheet, 422 bad_columns (with
// the missing and unknown column names) or empty_file, or anything else, with the server's own message.
import { computed } from 'vue';
import { t } from './i18n.js';
import { MAX_MB } from './file-drop.js';

const TITLES = { too_large: 'import.tooLarge', not_a_spreadsheet: 'import.notASpreadsheet', bad_columns: 'import.badColumns',
  empty_file: 'import.emptyFile' };

const names = (list) => (Array.isArray(list) ? list.filter(Boolean).map(String) : []);

export default {
  name: 'ImportRefusal',
  props: { error: { type: Object, required: true }, fileSize: { type: Number, default: 0 } },
  setup(props) {
    const code = computed(() => {
      const e = props.error;
      // a server that refuses a large body may close the connection before the browser reads its 413
      if (e.status === 0 && props.fileSize > MAX_MB * 1024 * 1024) return 'too_large';
      if (e.status === 413) return 'too_large';
      if (e.status === 415) return 'not_a_spreadsheet';
      return e.code;
    });
    // the server says its limit in bytes
    const max = computed(() => {
      const limit = Number(props.error.details?.limit);
      return limit > 0 ? Math.round((limit / 1024 / 1024) * 10) / 10 : MAX_MB;
    });
    const title = computed(() => (TITLES[code.value] ? t(TITLES[code.value], { max: max.value }) : t('import.refused')));
    const message = computed(() => {
      if (props.error.status === 0) return code.value === 'too_large' ? '' : t('errors.network');
      if (code.value === 'too_large') return ''; // the title says it, with the limit
      // the server's own words, unless they only repeat the title
      return props.error.message === title.value ? '' : props.error.message;
    });
    const missing = computed(() => names(props.error.details?.missing));
    const unknown = computed(() => names(props.error.details?.unknown));
    const duplicate = computed(() => names(props.error.details?.duplicate));
    return { title, message, missing, unknown, duplicate, t };
  },
  template: `
    <el-alert type="error" :closable="false" show-icon :title="title" class="sg-gap-top" data-testid="import-error">
      <div v-if="message" data-testid="import-error-message">{{ message }}</div>
      <div v-if="missing.length" data-testid="import-missing-columns">{{ t('import.missingColumns') }}:
        <code v-for="c in missing" :key="c" class="sg-column-name">{{ c }}</code></div>
      <div v-if="unknown.length" data-testid="import-unknown-columns">{{ t('import.unknownColumns') }}:
        <code v-for="c in unknown" :key="c" class="sg-column-name">{{ c }}</code></div>
      <div v-if="duplicate.length" data-testid="import-duplicate-columns">{{ t('import.duplicateColumns') }}:
        <code v-for="c in duplicate" :key="c" class="sg-column-name">{{ c }}</code></div>
    </el-alert>`,
};
