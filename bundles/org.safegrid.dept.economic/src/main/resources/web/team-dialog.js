// The add/edit dialog of a chief-engineer team: the enterprise, its leader, the members and their specialties.
import { reactive, ref, watch } from 'vue';
import { useModule, isoDate, DATE_FORMAT, saveDialog } from './util.js';

const TITLES = ['CHIEF_ENGINEER', 'TECHNICAL_DIRECTOR'];
const RULES = {
  enterpriseId: { required: true }, leader: { required: true, max: 50 }, leaderTitle: { required: true },
  leaderPhone: { required: true, phone: true }, establishedOn: { required: true }, note: { max: 500 },
};

export default {
  name: 'EconomicTeamDialog',
  props: {
    modelValue: Boolean,
    team: { type: Object, default: null },
    enterpriseId: { type: Number, default: null },
  },
  emits: ['update:modelValue', 'saved'],
  setup(props, { emit }) {
    const { sg, t, send } = useModule();
    const form = reactive({ members: [] });
    const errors = reactive({});
    const saving = ref(false);
    const enterprises = ref([]);
    const searching = ref(false);

    async function search(text) {
      searching.value = true;
      try {
        const page = await sg.api('/api/enterprises', { query: {
          department: 'economic', flag: 'ABOVE_SCALE', status: 'OPERATING', text: text?.trim() || undefined, size: 50,
        } });
        enterprises.value = page.items;
        const chosen = form.enterpriseId;
        if (chosen && !enterprises.value.some((e) => e.id === chosen)) {
          // the preset one (from the alert or the coverage card, or the team's own) must show its name
          const name = props.team?.enterpriseName
            ?? (await sg.api(`/api/enterprises/${chosen}`).catch(() => null))?.name;
          if (name) enterprises.value.unshift({ id: chosen, name });
        }
      } catch {
        enterprises.value = [];
      } finally {
        searching.value = false;
      }
    }

    function reset() {
      const x = props.team;
      Object.assign(form, {
        enterpriseId: x ? x.enterpriseId : props.enterpriseId,
        leader: x ? x.leader : '',
        leaderTitle: x ? x.leaderTitle : 'CHIEF_ENGINEER',
        leaderPhone: x ? x.leaderPhone : '',
        establishedOn: x ? x.establishedOn : isoDate(new Date()),
        members: x ? x.members.map((m) => ({ ...m, phone: m.phone || '' }))
          : [{ name: '', specialty: '', phone: '' }, { name: '', specialty: '', phone: '' }],
        note: x ? x.note || '' : '',
        version: x ? x.version : null,
      });
      Object.keys(errors).forEach((k) => delete errors[k]);
      search('');
    }

    watch(() => props.modelValue, (open) => { if (open) reset(); }, { immediate: true });

    const addMember = () => form.members.push({ name: '', specialty: '', phone: '' });
    const removeMember = (i) => form.members.splice(i, 1);

    function more(errs) {
      if (form.members.length < 2) errs.members = t('team.tooFew');
      form.members.forEach((m, i) => {
        if (!m.name?.trim()) errs[`members[${i}].name`] = t('common.required');
        if (!m.specialty?.trim()) errs[`members[${i}].specialty`] = t('common.required');
      });
    }

    const save = () => saveDialog({ sg, t, send, emit, form: { ...form, members: form.members.map((m) => ({
      name: m.name?.trim() || null, specialty: m.specialty?.trim() || null, phone: m.phone?.trim() || null,
    })) }, errors, rules: RULES, saving, path: 'teams', id: props.team?.id, more });

    return { t, form, errors, saving, save, enterprises, searching, search, addMember, removeMember, TITLES,
      DATE_FORMAT, emit };
  },
  template: `
<el-dialog :model-value="modelValue" @update:model-value="emit('update:modelValue', $event)"
    :title="team ? t('team.editTitle') : t('team.addTitle')" width="720px" destroy-on-close>
  <el-form label-position="top" @submit.prevent="save">
    <el-form-item :label="t('team.enterprise')" :error="errors.enterpriseId" required>
      <el-select v-model="form.enterpriseId" filterable remote :remote-method="search" :loading="searching"
          style="width: 100%" :placeholder="t('team.enterprisePlaceholder')" data-testid="team-enterprise">
        <el-option v-for="e in enterprises" :key="e.id" :value="e.id" :label="e.name" />
      </el-select>
    </el-form-item>
    <el-row :gutter="16">
      <el-col :span="8">
        <el-form-item :label="t('team.leader')" :error="errors.leader" required>
          <el-input v-model="form.leader" maxlength="50" data-testid="team-leader" />
        </el-form-item>
      </el-col>
      <el-col :span="8">
        <el-form-item :label="t('team.leaderTitle')" :error="errors.leaderTitle" required>
          <el-select v-model="form.leaderTitle" style="width: 100%" data-testid="team-leader-title">
            <el-option v-for="x in TITLES" :key="x" :value="x" :label="t('leaderTitles.' + x)" />
          </el-select>
        </el-form-item>
      </el-col>
      <el-col :span="8">
        <el-form-item :label="t('team.leaderPhone')" :error="errors.leaderPhone" required>
          <el-input v-model="form.leaderPhone" maxlength="30" data-testid="team-leader-phone" />
        </el-form-item>
      </el-col>
    </el-row>
    <el-form-item :label="t('team.establishedOn')" :error="errors.establishedOn" required>
      <el-date-picker v-model="form.establishedOn" type="date" :value-format="DATE_FORMAT"
          data-testid="team-established-on" />
    </el-form-item>
    <el-form-item :label="t('team.membersTitle')" :error="errors.members" required>
      <div style="width: 100%">
        <el-row v-for="(m, i) in form.members" :key="i" :gutter="8" style="margin-bottom: 8px">
          <el-col :span="7">
            <el-form-item :error="errors['members[' + i + '].name']">
              <el-input v-model="m.name" maxlength="50" :placeholder="t('team.memberName')"
                  :data-testid="'team-member-name-' + i" />
            </el-form-item>
          </el-col>
          <el-col :span="7">
            <el-form-item :error="errors['members[' + i + '].specialty']">
              <el-input v-model="m.specialty" maxlength="50" :placeholder="t('team.specialty')"
                  :data-testid="'team-member-specialty-' + i" />
            </el-form-item>
          </el-col>
          <el-col :span="7">
            <el-form-item :error="errors['members[' + i + '].phone']">
              <el-input v-model="m.phone" maxlength="30" :placeholder="t('team.memberPhone')" />
            </el-form-item>
          </el-col>
          <el-col :span="3">
            <el-button link type="danger" @click="removeMember(i)">{{ t('team.removeMember') }}</el-button>
          </el-col>
        </el-row>
        <el-button size="small" @click="addMember" data-testid="team-member-add">{{ t('team.addMember') }}</el-button>
      </div>
    </el-form-item>
    <el-form-item :label="t('team.note')" :error="errors.note">
      <el-input v-model="form.note" type="textarea" :rows="3" maxlength="500" show-word-limit data-testid="team-note" />
    </el-form-item>
  </el-form>
  <template #footer>
    <el-button @click="emit('update:modelValue', false)">{{ t('common.cancel') }}</el-button>
    <el-button type="primary" :loading="saving" @click="save" data-testid="team-save">{{ t('common.save') }}</el-button>
  </template>
</el-dialog>`,
};
