// <SgChart :option="..." />: one ECharts chart drawn on a canvas, resized with its box (window, menu, drawer), drawn
// anew in the shell's language, disposed with the page. data-points tells tests how many values it draws.
// ECharts (about 1 MB) is imported with the first chart, not with the shell: pages without charts do not wait for it.
import { h, onBeforeUnmount, onMounted, ref, watch } from 'vue';
import { locale } from './i18n.js';

let library = null;
/** The echarts module, imported once (the import map's 'echarts'). */
export function loadEcharts() {
  library ??= import('echarts').catch((error) => {
    library = null; // a later chart tries again
    throw error;
  });
  return library;
}

/** How many data points an option draws over all its series. */
export function pointCount(option) {
  const series = Array.isArray(option?.series) ? option.series : option?.series ? [option.series] : [];
  return series.reduce((n, s) => n + (Array.isArray(s?.data) ? s.data.length : 0), 0);
}

export default {
  name: 'SgChart',
  props: {
    option: { type: Object, required: true },
    height: { type: String, default: '300px' },
    testid: { type: String, default: '' },
  },
  setup(props) {
    const el = ref(null);
    let echarts = null;
    let chart = null;
    let observer = null;
    let frame = 0;
    let alive = true;

    function draw() {
      if (!chart) return;
      // notMerge: a series that went away (another period, another language) must not stay on the chart
      chart.setOption(props.option, { notMerge: true, lazyUpdate: false });
      el.value?.setAttribute('data-points', String(pointCount(props.option)));
    }

    function create() {
      if (!echarts || !el.value) return;
      chart?.dispose();
      chart = echarts.init(el.value, null, { renderer: 'canvas', locale: locale.value === 'en' ? 'EN' : 'ZH' });
      draw();
    }

    // one resize per frame however many changes the box goes through
    function resize() {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        chart?.resize();
      });
    }

    onMounted(async () => {
      observer = new ResizeObserver(resize);
      observer.observe(el.value);
      window.addEventListener('resize', resize);
      try {
        echarts = await loadEcharts();
      } catch (error) {
        console.error('[safegrid] cannot load echarts', error);
        el.value?.setAttribute('data-error', 'echarts');
        return;
      }
      if (alive) create();
    });
    onBeforeUnmount(() => {
      alive = false;
      observer?.disconnect();
      window.removeEventListener('resize', resize);
      cancelAnimationFrame(frame);
      chart?.dispose();
      chart = null;
    });
    watch(() => props.option, draw, { deep: true });
    watch(locale, create);

    return () => h('div', {
      ref: el,
      class: 'sg-chart',
      style: { height: props.height },
      'data-testid': props.testid || undefined,
      'data-points': '0',
    });
  },
};
