// A table a report carries as {code, title, columns: [...], rows: [[...]]}: the exposure list, a department
// section's tables. Cells are shown as the server wrote them.
export default {
  name: 'ReportTable',
  props: {
    table: { type: Object, required: true },
    emptyText: { type: String, default: '' },
    testid: { type: String, default: '' },
  },
  setup(props) {
    const cell = (row, i) => {
      const v = Array.isArray(row) ? row[i] : undefined;
      return v == null || v === '' ? '—' : String(v);
    };
    return { props, cell };
  },
  template: `
    <el-table :data="table.rows || []" border size="small" :empty-text="emptyText" :data-testid="testid || undefined"
              class="sg-report-table">
      <el-table-column v-for="(c, i) in table.columns || []" :key="i" :label="c" min-width="110">
        <template #default="{ row }">{{ cell(row, i) }}</template>
      </el-table-column>
    </el-table>`,
};
