// The XLSX and PDF buttons of a report: GET <path>?<period>&format=xlsx|pdf through the download helper, so that an
// error shows as a message and the file keeps the name the server gives it.
import { ref } from 'vue';
import { t } from './i18n.js';
import { downloadFile } from './download.js';
import { errorText } from './forms.js';
import { notify } from './sg.js';

export const FORMATS = ['xlsx', 'pdf'];

export default {
  name: 'ReportExport',
  props: {
    path: { type: String, required: true }, // …/export
    query: { type: Object, default: () => ({}) },
    fileStem: { type: String, default: 'report' },
    disabled: { type: Boolean, default: false },
  },
  setup(props) {
    const busy = ref('');
    async function download(format) {
      busy.value = format;
      try {
        await downloadFile(props.path, { query: { ...props.query, format }, fallbackName: `${props.fileStem}.${format}` });
      } catch (e) {
        const text = errorText(e);
        if (text) notify('error', t('reports.exportFailed', { message: text }));
      } finally {
        busy.value = '';
      }
    }
    return { busy, download, FORMATS, t };
  },
  template: `
    <el-button-group class="sg-report-export">
      <el-button v-for="f in FORMATS" :key="f" :icon="f === 'pdf' ? 'Document' : 'Grid'" :loading="busy === f"
                 :disabled="disabled || (busy !== '' && busy !== f)" :data-testid="'report-export-' + f" @click="download(f)">
        {{ t('reports.export.' + f) }}</el-button>
    </el-button-group>`,
};
