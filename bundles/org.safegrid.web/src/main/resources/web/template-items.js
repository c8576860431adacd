// The items of a checklist template being edited: add, remove and reorder rows; each with its code, text (Chinese and
// English), category (人员/设备设施/工艺/环境/管理), legal basis and severity hint. 422 messages land on the row's field.
import { t } from './i18n.js';
import { CATEGORIES, SEVERITIES, categoryLabel, levelLabel } from './hazard-terms.js';

let nextKey = 1;

/** A row of the editor from an item of the API (or a blank one). */
export const itemRow = (item = {}) => ({
  key: nextKey++, code: item.code ?? '', text: item.text ?? '', textEn: item.textEn ?? '',
  category: item.category ?? null, legalBasis: item.legalBasis ?? '', severityHint: item.severityHint ?? 'GENERAL',
});

/** A code no row has yet: item-1, item-2, ... (the author may change it). */
export function freeCode(rows) {
  const taken = new Set(rows.map((r) => r.code.trim()));
  let n = rows.length + 1;
  while (taken.has(`item-${n}`)) n++;
  return `item-${n}`;
}

/** A row as the API takes it. */
export const itemBody = (row) => ({
  code: row.code.trim(), text: row.text.trim(), textEn: row.textEn.trim() || null, category: row.category,
  legalBasis: row.legalBasis.trim(), severityHint: row.severityHint,
});

export default {
  name: 'TemplateItems',
  props: {
    rows: { type: Array, required: true }, // changed in place
    errors: { type: Object, default: () => ({}) }, // row index -> {field: message}
    disabled: { type: Boolean, default: false },
  },
  emits: ['changed'],
  setup(props, { emit }) {
    function move(i, by) {
      const j = i + by;
      if (j < 0 || j >= props.rows.length) return;
      const [row] = props.rows.splice(i, 1);
      props.rows.splice(j, 0, row);
      emit('changed');
    }
    function remove(i) {
      props.rows.splice(i, 1);
      emit('changed');
    }
    function add() {
      props.rows.push(itemRow({ code: freeCode(props.rows) }));
      emit('changed');
    }
    const err = (i, field) => props.errors[i]?.[field];
    return { props, move, remove, add, err, t, CATEGORIES, SEVERITIES, categoryLabel, levelLabel };
  },
  template: `
    <div class="sg-template-items" data-testid="template-items">
      <div v-for="(row, i) in props.rows" :key="row.key" class="sg-template-item" :data-testid="'template-item-' + i">
        <div class="sg-template-item-head">
          <span class="sg-check-index">{{ t('template.itemN', { n: i + 1 }) }}</span>
          <div v-if="!props.disabled" class="sg-toolbar">
            <el-button size="small" icon="ArrowUp" :disabled="i === 0" :title="t('template.moveUp')" :data-testid="'template-item-' + i + '-up'" @click="move(i, -1)" />
            <el-button size="small" icon="ArrowDown" :disabled="i === props.rows.length - 1" :title="t('template.moveDown')"
                       :data-testid="'template-item-' + i + '-down'" @click="move(i, 1)" />
            <el-button size="small" type="danger" plain icon="Delete" :disabled="props.rows.length === 1" :title="t('common.remove')"
                       :data-testid="'template-item-' + i + '-remove'" @click="remove(i)" />
          </div>
        </div>
        <div class="sg-grid-form sg-template-item-grid">
          <el-form-item :label="t('template.itemCode')" :error="err(i, 'code')" required>
            <el-input v-model="row.code" maxlength="60" :disabled="props.disabled" class="sg-mono" :data-testid="'template-item-' + i + '-code'" />
          </el-form-item>
          <el-form-item :label="t('template.category')" :error="err(i, 'category')" required>
            <el-select v-model="row.category" :disabled="props.disabled" :placeholder="t('forms.choose')" :data-testid="'template-item-' + i + '-category'">
              <el-option v-for="c in CATEGORIES" :key="c" :value="c" :label="categoryLabel(c)" />
            </el-select>
          </el-form-item>
          <el-form-item :label="t('template.itemText')" :error="err(i, 'text')" required class="sg-span-2">
            <el-input v-model="row.text" type="textarea" :autosize="{ minRows: 2, maxRows: 6 }" maxlength="500" :disabled="props.disabled"
                      :data-testid="'template-item-' + i + '-text'" />
          </el-form-item>
          <el-form-item :label="t('template.itemTextEn')" :error="err(i, 'textEn')" class="sg-span-2">
            <el-input v-model="row.textEn" type="textarea" :autosize="{ minRows: 1, maxRows: 6 }" maxlength="500" :disabled="props.disabled"
                      :data-testid="'template-item-' + i + '-textEn'" />
          </el-form-item>
          <el-form-item :label="t('template.legalBasis')" :error="err(i, 'legalBasis')" required>
            <el-input v-model="row.legalBasis" maxlength="200" :disabled="props.disabled" :data-testid="'template-item-' + i + '-legalBasis'" />
          </el-form-item>
          <el-form-item :label="t('template.severityHint')" :error="err(i, 'severityHint')">
            <el-radio-group v-model="row.severityHint" :disabled="props.disabled" :data-testid="'template-item-' + i + '-severity'">
              <el-radio-button v-for="s in SEVERITIES" :key="s" :value="s">{{ levelLabel(s) }}</el-radio-button>
            </el-radio-group>
          </el-form-item>
        </div>
        <div v-if="err(i, '_')" class="sg-row-error">{{ err(i, '_') }}</div>
      </div>
      <el-button v-if="!props.disabled" icon="Plus" data-testid="template-item-add" @click="add">{{ t('template.addItem') }}</el-button>
    </div>`,
};
