// Choosing one enterprise of the user's scope by name or credit code (GET /api/enterprises?text=, 20 at a time).
import { onMounted, ref, watch } from 'vue';
import { request } from './api.js';
import { t } from './i18n.js';

export default {
  name: 'EnterprisePicker',
  props: {
    modelValue: { type: [Number, String], default: null }, // the enterprise's id
    testid: { type: String, default: 'enterprise-picker' },
    disabled: { type: Boolean, default: false },
  },
  emits: ['update:modelValue', 'picked'],
  setup(props, { emit }) {
    const options = ref([]);
    const loading = ref(false);
    let sequence = 0;
    async function search(text) {
      const mine = ++sequence;
      loading.value = true;
      try {
        const page = await request('/api/enterprises', { query: { text: text?.trim() || undefined, size: 20, status: 'OPERATING' } });
        if (mine === sequence) options.value = page?.items ?? [];
      } catch {
        if (mine === sequence) options.value = [];
      } finally {
        if (mine === sequence) loading.value = false;
      }
    }
    // the chosen one must be among the options to show its name
    async function ensureChosen(id) {
      if (!id || options.value.some((o) => String(o.id) === String(id))) return;
      try {
        const e = await request(`/api/enterprises/${id}`);
        options.value = [e, ...options.value];
        emit('picked', e);
      } catch {
        // not visible to the user: the server will say so on save
      }
    }
    onMounted(async () => {
      await search('');
      await ensureChosen(props.modelValue);
    });
    watch(() => props.modelValue, ensureChosen);
    function choose(id) {
      emit('update:modelValue', id);
      emit('picked', options.value.find((o) => o.id === id) ?? null);
    }
    return { props, options, loading, search, choose, t };
  },
  template: `
    <el-select :model-value="props.modelValue == null || props.modelValue === '' ? null : Number(props.modelValue)" filterable remote
               :remote-method="search" :loading="loading" clearable :disabled="props.disabled" :placeholder="t('picker.placeholder')"
               class="sg-picker" :data-testid="props.testid" @update:model-value="choose">
      <el-option v-for="e in options" :key="e.id" :value="e.id" :label="e.name">
        <span>{{ e.name }}</span><span class="sg-option-code">{{ e.creditCode }}</span>
      </el-option>
    </el-select>`,
};
