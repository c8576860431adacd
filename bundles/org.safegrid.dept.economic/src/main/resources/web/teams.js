// Page "teams" (#/m/economic/teams): the chief-engineer safety teams of the office's enterprises, with paging,
// add, edit and remove; #/m/economic/teams?enterprise=12 (the link of the missing-team alert) narrows to one.
import { computed, onMounted, reactive, ref } from 'vue';
import { ElMessageBox } from 'element-plus';
import { useModule } from './util.js';
import TeamDialog from './team-dialog.js';

function enterpriseFromHash() {
  const query = (window.location.hash.split('?')[1] || '');
  const value = new URLSearchParams(query).get('enterprise');
  return /^\d+$/.test(value || '') ? Number(value) : null;
}

export default {
  name: 'EconomicTeamsPage',
  components: { TeamDialog },
  setup() {
    const { sg, t, fail } = useModule();
    const rows = ref([]);
    const total = ref(0);
    const loading = ref(false);
    const query = reactive({ page: 1, size: 20, enterpriseId: enterpriseFromHash() });
    const dialog = reactive({ open: false, team: null, enterpriseId: null });
    const canEdit = computed(() => sg.can('economic:edit'));

    async function load() {
      loading.value = true;
      try {
        const answer = await sg.api('teams', { query: {
          page: query.page - 1, size: query.size, enterpriseId: query.enterpriseId ?? undefined,
        } });
        rows.value = answer.items;
        total.value = answer.total;
        // the alert's link: no team yet for that enterprise, so offer to record one
        if (query.enterpriseId && !answer.total && canEdit.value && !dialog.open) {
          open(null, query.enterpriseId);
        }
      } catch (e) {
        fail(e);
      } finally {
        loading.value = false;
      }
    }

    function open(team, enterpriseId = null) {
      dialog.team = team;
      dialog.enterpriseId = enterpriseId;
      dialog.open = true;
    }

    function showAll() {
      query.enterpriseId = null;
      query.page = 1;
      load();
    }

    async function remove(team) {
      try {
        await ElMessageBox.confirm(t('team.removeConfirm', { name: team.enterpriseName }), t('team.remove'),
          { type: 'warning', confirmButtonText: t('team.remove'), cancelButtonText: t('common.cancel') });
      } catch {
        return;
      }
      try {
        await sg.api(`teams/${team.id}`, { method: 'DELETE', query: { version: team.version } });
        sg.notify('success', t('team.removed'));
        load();
      } catch (e) {
        fail(e);
        load();
      }
    }

    onMounted(load);
    return { t, rows, total, loading, query, dialog, canEdit, load, open, remove, showAll };
  },
  template: `
<div class="sg-economic-teams">
  <el-card shadow="never">
    <template #header>
      <div style="display: flex; flex-wrap: wrap; gap: 8px; align-items: center">
        <strong style="margin-right: auto">{{ t('team.title') }}</strong>
        <el-tag v-if="query.enterpriseId" closable @close="showAll">{{ t('team.oneEnterprise') }}</el-tag>
        <el-button v-if="canEdit" type="primary" @click="open(null)" data-testid="team-add">{{ t('team.add') }}</el-button>
      </div>
    </template>
    <el-alert type="info" :closable="false" show-icon :title="t('team.hint')" style="margin-bottom: 12px" />
    <el-table :data="rows" v-loading="loading" :empty-text="t('team.empty')" row-key="id" stripe
        data-testid="team-table">
      <el-table-column type="expand">
        <template #default="{ row }">
          <div style="padding: 4px 48px">
            <div v-for="(m, i) in row.members" :key="i">{{ m.name }} · {{ m.specialty }}<span v-if="m.phone"> · {{ m.phone }}</span></div>
            <div v-if="row.note" style="margin-top: 6px; white-space: pre-wrap">{{ row.note }}</div>
          </div>
        </template>
      </el-table-column>
      <el-table-column prop="enterpriseName" :label="t('team.enterprise')" min-width="200" show-overflow-tooltip />
      <el-table-column :label="t('team.leader')" min-width="160">
        <template #default="{ row }">{{ row.leader }}（{{ t('leaderTitles.' + row.leaderTitle) }}）</template>
      </el-table-column>
      <el-table-column prop="leaderPhone" :label="t('team.leaderPhone')" width="140" />
      <el-table-column :label="t('team.members')" width="90">
        <template #default="{ row }">{{ row.members.length + 1 }}</template>
      </el-table-column>
      <el-table-column prop="establishedOn" :label="t('team.establishedOn')" width="120" />
      <el-table-column v-if="canEdit" :label="t('common.actions')" width="130">
        <template #default="{ row }">
          <el-button link type="primary" @click="open(row)">{{ t('common.edit') }}</el-button>
          <el-button link type="danger" @click="remove(row)">{{ t('team.remove') }}</el-button>
        </template>
      </el-table-column>
    </el-table>
    <el-pagination style="margin-top: 12px; justify-content: flex-end" background
        layout="total, sizes, prev, pager, next" :total="total" :page-sizes="[20, 50, 100]"
        v-model:current-page="query.page" v-model:page-size="query.size" @current-change="load"
        @size-change="load" />
  </el-card>
  <team-dialog v-model="dialog.open" :team="dialog.team" :enterprise-id="dialog.enterpriseId" @saved="load" />
</div>`,
};
