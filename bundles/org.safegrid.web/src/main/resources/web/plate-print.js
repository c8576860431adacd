// #/enterprises/<id>/plate/print: the printable plate (GET /api/plate-print/{id}?size=A4|A3) shown in the page,
// a download, the public page link and its QR code. Files come through fetch, so that errors show as messages.
import { computed, onBeforeUnmount, onMounted, reactive, watch } from 'vue';
import { request, requestBlob } from './api.js';
import { t } from './i18n.js';
import { errorText } from './forms.js';
import { back, replaceQuery, route } from './router.js';
import { saveBlob } from './download.js';

const SIZES = ['A4', 'A3'];

export default {
  name: 'PlatePrintPage',
  setup() {
    const id = route.params.id;
    const state = reactive({
      size: SIZES.includes(route.query.size) ? route.query.size : 'A4',
      plate: null, pdf: null, pdfUrl: '', pdfError: '', loading: false, qrUrl: '', qrError: '',
    });
    const urls = new Set();
    const objectUrl = (blob) => {
      const url = URL.createObjectURL(blob);
      urls.add(url);
      return url;
    };
    const drop = (url) => {
      if (url) URL.revokeObjectURL(url);
      urls.delete(url);
    };
    onBeforeUnmount(() => urls.forEach((u) => URL.revokeObjectURL(u)));

    async function loadPdf() {
      state.loading = true;
      state.pdfError = '';
      try {
        const { blob } = await requestBlob(`/api/plate-print/${id}`, { query: { size: state.size } });
        drop(state.pdfUrl);
        state.pdf = blob;
        state.pdfUrl = objectUrl(blob);
      } catch (e) {
        state.pdfError = errorText(e) ?? t('errors.forbidden');
      } finally {
        state.loading = false;
      }
    }
    async function loadQr() {
      try {
        const { blob } = await requestBlob(`/api/plate-print/${id}/qr.png`);
        state.qrUrl = objectUrl(blob);
      } catch (e) {
        state.qrError = errorText(e) ?? t('errors.forbidden');
      }
    }
    onMounted(async () => {
      loadPdf();
      loadQr();
      try {
        state.plate = await request(`/api/plates/${id}`);
      } catch {
        // the PDF's own error says enough
      }
    });
    watch(() => state.size, (size) => {
      replaceQuery({ size: size === 'A4' ? '' : size });
      loadPdf();
    });

    const fileName = computed(() => `${state.plate?.enterpriseName ?? t('plate.title')}-${t('plate.title')}-${state.size}.pdf`);
    const publicUrl = computed(() => (state.plate?.creditCode
      ? `${window.location.origin}/public/plates/${encodeURIComponent(state.plate.creditCode)}` : ''));
    const download = () => state.pdf && saveBlob(state.pdf, fileName.value);
    // phones and some browsers show no PDF inside a page: their own viewer then
    const openTab = () => state.pdfUrl && window.open(state.pdfUrl, '_blank', 'noopener');
    return { id, state, publicUrl, download, openTab, loadPdf, back: () => back(`/enterprises/${id}/plate`), t, SIZES };
  },
  template: `
    <el-card shadow="never" class="sg-section" data-testid="plate-print-page">
      <template #header>
        <div class="sg-card-header sg-wrap">
          <div>
            <span class="sg-card-title">{{ t('print.title') }}</span>
            <span v-if="state.plate" class="sg-muted sg-subtitle">{{ state.plate.enterpriseName }}</span>
          </div>
          <div class="sg-toolbar">
            <el-button icon="Back" data-testid="print-back" @click="back">{{ t('common.back') }}</el-button>
            <el-radio-group v-model="state.size" data-testid="print-size">
              <el-radio-button v-for="s in SIZES" :key="s" :value="s" :data-testid="'print-size-' + s">{{ s }}</el-radio-button>
            </el-radio-group>
            <el-button icon="View" :disabled="!state.pdfUrl" data-testid="print-open" @click="openTab">{{ t('print.open') }}</el-button>
            <el-button type="primary" icon="Download" :disabled="!state.pdf" data-testid="print-download" @click="download">
              {{ t('print.download') }}</el-button>
          </div>
        </div>
      </template>
      <el-row :gutter="16">
        <el-col :xs="24" :lg="17">
          <el-alert v-if="state.pdfError" type="error" :closable="false" show-icon :title="t('print.failed')"
                    data-testid="print-error">
            <div>{{ state.pdfError }}</div>
            <el-button size="small" class="sg-gap-top" @click="loadPdf">{{ t('common.retry') }}</el-button>
          </el-alert>
          <div v-else class="sg-pdf" v-loading="state.loading">
            <iframe v-if="state.pdfUrl" :src="state.pdfUrl" :title="t('print.title')" data-testid="print-frame"></iframe>
          </div>
        </el-col>
        <el-col :xs="24" :lg="7">
          <div class="sg-public-card" data-testid="print-public">
            <div class="sg-public-title">{{ t('print.publicPage') }}</div>
            <img v-if="state.qrUrl" :src="state.qrUrl" :alt="t('print.qr')" class="sg-qr" data-testid="print-qr">
            <div v-else-if="state.qrError" class="sg-muted">{{ state.qrError }}</div>
            <el-link v-if="publicUrl" :href="publicUrl" target="_blank" rel="noopener" type="primary" class="sg-break"
                     data-testid="print-public-link">{{ publicUrl }}</el-link>
            <div class="sg-field-hint">{{ t('print.publicHint') }}</div>
          </div>
        </el-col>
      </el-row>
    </el-card>`,
};
