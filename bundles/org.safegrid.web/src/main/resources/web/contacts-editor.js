// The contacts of an enterprise as editable rows: name, position, phone; add and remove. errors: {row: {field: msg}}.
import { t } from './i18n.js';

export default {
  name: 'ContactsEditor',
  props: {
    modelValue: { type: Array, required: true },
    errors: { type: Object, default: () => ({}) },
  },
  setup(props) {
    const add = () => props.modelValue.push({ name: '', position: '', phone: '' });
    const remove = (i) => props.modelValue.splice(i, 1);
    const err = (i, field) => props.errors?.[i]?.[field] ?? (field === 'name' ? props.errors?.[i]?._ : undefined);
    return { props, add, remove, err, t };
  },
  template: `
    <div class="sg-rows" data-testid="contacts-editor">
      <div v-for="(c, i) in props.modelValue" :key="i" class="sg-row" :class="{ 'is-first': i === 0 }" :data-testid="'contact-row-' + i">
        <el-form-item :error="err(i, 'name')" class="sg-row-field" :label="i === 0 ? t('enterprise.contactName') : ''">
          <el-input v-model="c.name" :placeholder="t('enterprise.contactName')" :data-testid="'contact-' + i + '-name'" />
        </el-form-item>
        <el-form-item :error="err(i, 'position')" class="sg-row-field" :label="i === 0 ? t('enterprise.contactPosition') : ''">
          <el-input v-model="c.position" :placeholder="t('enterprise.contactPosition')"
                    :data-testid="'contact-' + i + '-position'" />
        </el-form-item>
        <el-form-item :error="err(i, 'phone')" class="sg-row-field" :label="i === 0 ? t('enterprise.contactPhone') : ''">
          <el-input v-model="c.phone" :placeholder="t('enterprise.contactPhone')" :data-testid="'contact-' + i + '-phone'" />
        </el-form-item>
        <el-button link type="danger" icon="Delete" :title="t('common.remove')" :data-testid="'contact-' + i + '-remove'"
                   @click="remove(i)" />
      </div>
      <el-button size="small" icon="Plus" data-testid="contact-add" @click="add">{{ t('enterprise.addContact') }}</el-button>
    </div>`,
};
