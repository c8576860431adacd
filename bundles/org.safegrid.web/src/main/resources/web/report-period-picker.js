// The period of a report: month (default), week, day or a custom range; emits 'change' with {period} or {from, to}.
import { computed } from 'vue';
import { t } from './i18n.js';
import { afterToday, isoDay, today } from './dates.js';
import { GRANULARITIES, currentMonth, defaultPeriod, monthOf, weekKeyOfPicked, weekMonday } from './report-periods.js';

export default {
  name: 'ReportPeriodPicker',
  props: {
    // {granularity, period} or {granularity: 'CUSTOM', from, to}
    value: { type: Object, required: true },
  },
  emits: ['change'],
  setup(props, { emit }) {
    const granularity = computed(() => props.value.granularity);
    const setGranularity = (g) => emit('change', defaultPeriod(g));
    // each picker's value, as 2026-11-28 strings
    const month = computed(() => (granularity.value === 'MONTH' ? props.value.period : currentMonth()));
    const week = computed(() => (granularity.value === 'WEEK' ? weekMonday(props.value.period) : today()));
    const day = computed(() => (granularity.value === 'DAY' ? props.value.period : today()));
    const range = computed(() => (granularity.value === 'CUSTOM' ? [props.value.from, props.value.to] : null));
    const pickMonth = (v) => v && emit('change', { period: v });
    const pickWeek = (v) => v && emit('change', { period: weekKeyOfPicked(v) });
    const pickDay = (v) => v && emit('change', { period: v });
    const pickRange = (v) => v?.[0] && v?.[1] && emit('change', { from: v[0], to: v[1] });
    const futureMonth = (date) => monthOf(isoDay(date)) > currentMonth();
    // the ISO key as the picker's text, escaped for dayjs
    const weekLabel = computed(() => (granularity.value === 'WEEK' ? `[${props.value.period}]` : 'YYYY-MM-DD'));
    return { granularity, setGranularity, month, week, day, range, pickMonth, pickWeek, pickDay, pickRange,
      futureMonth, afterToday, weekLabel, GRANULARITIES, t };
  },
  template: `
    <div class="sg-report-period" data-testid="report-period">
      <el-radio-group :model-value="granularity" size="default" data-testid="report-granularity"
                      @update:model-value="setGranularity">
        <el-radio-button v-for="g in GRANULARITIES" :key="g" :value="g" :data-testid="'report-granularity-' + g">
          {{ t('reports.granularity.' + g) }}</el-radio-button>
      </el-radio-group>
      <span class="sg-date" data-testid="report-period-value">
        <el-date-picker v-if="granularity === 'MONTH'" :model-value="month" type="month" value-format="YYYY-MM"
                        :disabled-date="futureMonth" :clearable="false" @update:model-value="pickMonth" />
        <el-date-picker v-else-if="granularity === 'WEEK'" :model-value="week" type="week" :format="weekLabel"
                        value-format="YYYY-MM-DD"
                        :disabled-date="afterToday" :clearable="false" @update:model-value="pickWeek" />
        <el-date-picker v-else-if="granularity === 'DAY'" :model-value="day" type="date" value-format="YYYY-MM-DD"
                        :disabled-date="afterToday" :clearable="false" @update:model-value="pickDay" />
        <el-date-picker v-else :model-value="range" type="daterange" value-format="YYYY-MM-DD" unlink-panels
                        :disabled-date="afterToday" :clearable="false" :start-placeholder="t('common.from')"
                        :end-placeholder="t('common.to')" @update:model-value="pickRange" />
      </span>
    </div>`,
};
