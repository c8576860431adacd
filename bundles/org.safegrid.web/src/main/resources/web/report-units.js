// One kind of unit in a report (departments or villages): the ranking of their scores as bars, and a table with
// every figure, the score and the rank; a unit's name opens its own report for the same period.
import { computed } from 'vue';
import { t } from './i18n.js';
import SgChart from './chart.js';
import { rankingOption } from './report-charts.js';
import { formatScore, formatValue, valueTone } from './report-format.js';

const REPORT_PATH = { departments: 'dept', villages: 'village' };

export default {
  name: 'ReportUnits',
  components: { SgChart },
  props: {
    part: { type: String, required: true }, // 'departments' or 'villages'
    rows: { type: Array, default: () => [] },
    figures: { type: Array, required: true },
    lastPlace: { type: Array, default: () => [] },
    // the period's query string (period=2026-11 or from=…&to=…), for the links to the units' reports
    periodQuery: { type: String, default: '' },
    linked: { type: Boolean, default: true },
  },
  setup(props) {
    const option = computed(() => rankingOption(props.rows, props.lastPlace));
    const height = computed(() => `${Math.max(160, 40 + props.rows.length * 30)}px`);
    const href = (row) => `#/reports/${REPORT_PATH[props.part]}/${encodeURIComponent(row.unit)}${props.periodQuery ? `?${props.periodQuery}` : ''}`;
    const flagged = computed(() => new Set(props.lastPlace.map((l) => l.unit)));
    const rowClass = ({ row }) => (flagged.value.has(row.unit) ? 'sg-row-overdue' : '');
    const cellClass = (f, row) => {
      const tone = valueTone(f, row.values?.[f.code]);
      return tone ? `sg-value-${tone}` : '';
    };
    const sorted = computed(() => [...props.rows].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity)));
    return { option, height, href, rowClass, cellClass, sorted, formatScore, formatValue, t };
  },
  template: `
    <el-card shadow="never" class="sg-section" :data-testid="'report-' + part">
      <template #header><span class="sg-card-title">{{ t('reports.' + part) }}</span></template>
      <el-empty v-if="!rows.length" :description="t('reports.noUnits')" :image-size="60" />
      <template v-else>
        <div class="sg-report-chart-title">{{ t('reports.ranking') }}</div>
        <SgChart :option="option" :height="height" :testid="'report-chart-' + part" />
        <el-table :data="sorted" border size="small" :row-class-name="rowClass" class="sg-report-units"
                  :data-testid="'report-table-' + part">
          <el-table-column :label="t('reports.rank')" width="64" align="center" fixed>
            <template #default="{ row }">{{ row.rank ?? '—' }}</template>
          </el-table-column>
          <el-table-column :label="t('reports.unit')" min-width="150" fixed>
            <template #default="{ row }">
              <a v-if="linked" :href="href(row)" class="sg-link" :data-testid="'report-unit-' + row.unit">{{ row.name || row.unit }}</a>
              <span v-else :data-testid="'report-unit-' + row.unit">{{ row.name || row.unit }}</span>
            </template>
          </el-table-column>
          <el-table-column :label="t('reports.score')" width="80" align="right">
            <template #default="{ row }"><b>{{ formatScore(row.score) }}</b></template>
          </el-table-column>
          <el-table-column v-for="f in figures" :key="f.code" :label="f.label" min-width="104" align="right">
            <template #default="{ row }">
              <span :class="cellClass(f, row)">{{ formatValue(f, row.values && row.values[f.code]) }}</span>
            </template>
          </el-table-column>
        </el-table>
      </template>
    </el-card>`,
};
