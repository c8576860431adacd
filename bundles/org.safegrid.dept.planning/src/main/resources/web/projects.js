// Page "projects" (#/m/planning/projects): construction projects, planned completion first, with phase and text
// filters and the add/edit dialog. ?id=<project> (the link of an overdue-project alert) opens that project.
import { reactive, ref, computed, onMounted } from 'vue';
import { useModule, compact } from './util.js';
import ProjectDialog, { PHASES } from './project-dialog.js';

const TAG = { PREPARATION: 'info', FOUNDATION: 'warning', MAIN_STRUCTURE: 'warning', DECORATION: '',
  SUSPENDED: 'danger', COMPLETED: 'success' };

export default {
  name: 'PlanningProjectsPage',
  components: { ProjectDialog },
  setup() {
    const { sg, t, fail } = useModule();
    const rows = ref([]);
    const total = ref(0);
    const loading = ref(false);
    const query = reactive({ page: 1, size: 20, phase: null, text: '' });
    const dialog = reactive({ open: false, project: null });
    const canEdit = computed(() => sg.can('planning:edit'));

    async function load() {
      loading.value = true;
      try {
        const answer = await sg.api('projects', { query: compact({ page: query.page - 1, size: query.size,
          phase: query.phase, text: query.text.trim() }) });
        rows.value = answer.items;
        total.value = answer.total;
      } catch (e) {
        fail(e);
      } finally {
        loading.value = false;
      }
    }

    function search() {
      query.page = 1;
      load();
    }

    function open(project) {
      dialog.project = project;
      dialog.open = true;
    }

    onMounted(async () => {
      await load();
      const id = new URLSearchParams(window.location.hash.split('?')[1] || '').get('id');
      if (id) {
        try {
          open(await sg.api(`projects/${id}`));
        } catch (e) {
          fail(e);
        }
      }
    });

    return { t, rows, total, loading, query, dialog, canEdit, load, search, open, PHASES, TAG };
  },
  template: `
<div class="sg-planning-projects">
  <el-card shadow="never">
    <template #header>
      <div style="display: flex; flex-wrap: wrap; gap: 8px; align-items: center">
        <strong style="margin-right: auto">{{ t('project.title') }}</strong>
        <el-input v-model="query.text" clearable :placeholder="t('project.text')" style="width: 240px"
            @change="search" data-testid="projects-text" />
        <el-select v-model="query.phase" clearable :placeholder="t('project.allPhases')" style="width: 140px"
            @change="search" data-testid="projects-filter-phase">
          <el-option v-for="p in PHASES" :key="p" :value="p" :label="t('phase.' + p)" />
        </el-select>
        <el-button v-if="canEdit" type="primary" @click="open(null)" data-testid="projects-add">
          {{ t('project.add') }}</el-button>
      </div>
    </template>
    <el-table :data="rows" v-loading="loading" :empty-text="t('project.empty')" row-key="id" stripe
        data-testid="projects-table">
      <el-table-column prop="name" :label="t('project.name')" min-width="180" show-overflow-tooltip />
      <el-table-column prop="enterpriseName" :label="t('project.enterprise')" min-width="160" show-overflow-tooltip />
      <el-table-column :label="t('project.phase')" width="110">
        <template #default="{ row }">
          <el-tag :type="TAG[row.phase]" disable-transitions>{{ t('phase.' + row.phase) }}</el-tag>
        </template>
      </el-table-column>
      <el-table-column prop="startDate" :label="t('project.startDate')" width="110" />
      <el-table-column :label="t('project.plannedEnd')" width="140">
        <template #default="{ row }">
          {{ row.plannedEnd }}
          <el-tag v-if="row.overdue" type="danger" size="small" disable-transitions>{{ t('project.overdue') }}</el-tag>
        </template>
      </el-table-column>
      <el-table-column prop="permitNumber" :label="t('project.permitNumber')" width="160" show-overflow-tooltip />
      <el-table-column :label="t('project.safetyOfficer')" width="180">
        <template #default="{ row }">{{ row.safetyOfficer }} {{ row.safetyOfficerPhone }}</template>
      </el-table-column>
      <el-table-column v-if="canEdit" :label="t('common.actions')" width="80">
        <template #default="{ row }">
          <el-button link type="primary" @click="open(row)">{{ t('common.edit') }}</el-button>
        </template>
      </el-table-column>
    </el-table>
    <el-pagination style="margin-top: 12px; justify-content: flex-end" background
        layout="total, sizes, prev, pager, next" :total="total" :page-sizes="[20, 50, 100]"
        v-model:current-page="query.page" v-model:page-size="query.size" @current-change="load"
        @size-change="search" />
  </el-card>
  <project-dialog v-model="dialog.open" :project="dialog.project" @saved="load" />
</div>`,
};
