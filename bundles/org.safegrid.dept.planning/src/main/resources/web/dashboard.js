// Page "dashboard" (#/m/planning/dashboard): the shared department dashboard (/ui/dept-dashboard.js) with the
// planning office's own widget in its slot: its construction projects by phase, overdue and soon due.
import { h, ref, onMounted, defineAsyncComponent } from 'vue';
import { useModule, isoDate, addDays } from './util.js';
import { PHASES } from './project-dialog.js';

const ProjectsWidget = {
  name: 'PlanningProjectsWidget',
  setup() {
    const { t, sg, fail } = useModule();
    const stats = ref({ active: 0, overdue: 0, suspended: 0, soonDue: 0 });
    const loading = ref(true);
    const chart = ref(null);

    onMounted(async () => {
      try {
        // a town has tens of projects: read them all (pages of 100) and count here
        const items = [];
        for (let page = 0; page < 20; page++) {
          const answer = await sg.api('projects', { query: { page, size: 100 } });
          items.push(...answer.items);
          if (items.length >= answer.total) break;
        }
        const soon = addDays(isoDate(new Date()), 30);
        const running = items.filter((p) => p.phase !== 'COMPLETED' && p.phase !== 'SUSPENDED');
        stats.value = {
          active: running.length,
          overdue: items.filter((p) => p.overdue).length,
          suspended: items.filter((p) => p.phase === 'SUSPENDED').length,
          soonDue: running.filter((p) => !p.overdue && p.plannedEnd <= soon).length,
        };
        if (chart.value) {
          const echarts = await import('echarts');
          const counts = PHASES.map((phase) => items.filter((p) => p.phase === phase).length);
          echarts.init(chart.value).setOption({
            tooltip: {}, grid: { left: 40, right: 10, top: 10, bottom: 30 },
            xAxis: { type: 'category', data: PHASES.map((p) => t('phase.' + p)) },
            yAxis: { type: 'value', minInterval: 1 },
            series: [{ type: 'bar', data: counts }],
          });
        }
      } catch (e) {
        fail(e);
      } finally {
        loading.value = false;
      }
    });
    return { t, stats, loading, chart };
  },
  template: `
    <el-card shadow="never" v-loading="loading" data-testid="planning-projects-widget">
      <template #header>{{ t('dashboard.projects') }}</template>
      <el-row :gutter="16">
        <el-col :span="6"><el-statistic :title="t('dashboard.active')" :value="stats.active" /></el-col>
        <el-col :span="6"><el-statistic :title="t('dashboard.overdue')" :value="stats.overdue" /></el-col>
        <el-col :span="6"><el-statistic :title="t('dashboard.soonDue')" :value="stats.soonDue" /></el-col>
        <el-col :span="6"><el-statistic :title="t('dashboard.suspended')" :value="stats.suspended" /></el-col>
      </el-row>
      <div ref="chart" style="height: 220px; margin-top: 12px"></div>
      <a href="#/m/planning/projects">{{ t('dashboard.open') }}</a>
    </el-card>`,
};

// Loaded on demand: should the shell's dashboard fail to load, only this page fails, not the module's other pages.
const DepartmentDashboard = defineAsyncComponent(() => import('/ui/dept-dashboard.js'));

export default {
  name: 'PlanningDashboardPage',
  setup() {
    return () => h(DepartmentDashboard, { department: 'planning' }, { default: () => h(ProjectsWidget) });
  },
};
