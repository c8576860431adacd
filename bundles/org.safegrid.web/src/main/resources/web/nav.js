// The left navigation: home, the registry, 隐患与执法, 报表 (the town's reports for the committee, a department's or
// village's own for its staff), one sub-menu per department module (GET /api/modules), system administration.
import { computed } from 'vue';
import { pick, t } from './i18n.js';
import { modules } from './modules.js';
import { modulePath, route } from './router.js';
import { isAdmin, mayChangeRegistry, overseesTown, ownDepartments, session } from './session.js';
import { SAFETY_MENU } from './safety-routes.js';
import { REPORTS_MENU, deptName } from './reports-routes.js';

const MODULE_ICONS = {
  emergency: 'Bell',
  planning: 'OfficeBuilding',
  economic: 'TrendCharts',
  culture: 'Reading',
  agriculture: 'Sunny',
  citymgmt: 'Location',
};

export default {
  name: 'NavMenu',
  props: { collapse: { type: Boolean, default: false } },
  emits: ['navigate'],
  setup(props, { emit }) {
    const admin = computed(() => isAdmin());
    const mayImport = computed(() => mayChangeRegistry());
    const oversees = computed(() => overseesTown());
    const active = computed(() => {
      if (route.name === 'module') return route.path;
      // an enterprise, its plate and its print belong to the list's entry
      if (['enterprise', 'plate', 'platePrint'].includes(route.name)) return '/enterprises';
      if (SAFETY_MENU[route.name]) return SAFETY_MENU[route.name];
      if (REPORTS_MENU[route.name]) return REPORTS_MENU[route.name];
      return route.path || '/';
    });
    // a department's or village's own dashboard and report, for its staff
    const ownReports = computed(() => {
      const depts = ownDepartments().flatMap((id) => [
        { index: `/dashboard/${id}`, testid: `nav-dashboard-${id}`, text: t('nav.deptDashboard', { name: deptName(id) }) },
        { index: `/reports/dept/${id}`, testid: `nav-report-dept-${id}`, text: t('nav.deptReport', { name: deptName(id) }) },
      ]);
      const villages = (session.user?.roles ?? []).filter((r) => r.startsWith('village-')).map((r) => r.slice(8))
        .map((code) => ({ index: `/reports/village/${code}`, testid: `nav-report-village-${code}`, text: t('nav.villageReport', { code }) }));
      return [...depts, ...villages];
    });
    // re-created when the list changes, so that new modules open too
    const menuKey = computed(() => modules.list.map((m) => m.id).join(','));
    const openeds = computed(() => ['registry', 'safety', 'reports', ...modules.list.map((m) => `module:${m.id}`), 'system']);
    const iconOf = (m) => MODULE_ICONS[m.id] ?? 'Grid';
    const select = (index) => {
      if (index.startsWith('/')) emit('navigate', index);
    };
    return { props, modules, admin, mayImport, oversees, ownReports, active, menuKey, openeds, iconOf, select, pick, t,
      modulePath };
  },
  template: `
    <el-menu :key="menuKey" class="sg-nav" data-testid="nav-menu" :default-active="active"
             :default-openeds="openeds" :collapse="props.collapse" :collapse-transition="false"
             background-color="#0f2b4c" text-color="#c3d1e6" active-text-color="#ffffff" @select="select">
      <el-menu-item index="/" data-testid="nav-home">
        <el-icon><HomeFilled /></el-icon>
        <template #title>{{ t('nav.home') }}</template>
      </el-menu-item>
      <el-sub-menu index="registry" data-testid="nav-registry">
        <template #title>
          <el-icon><Notebook /></el-icon>
          <span>{{ t('nav.registry') }}</span>
        </template>
        <el-menu-item index="/enterprises" data-testid="nav-enterprises">{{ t('nav.enterprises') }}</el-menu-item>
        <el-menu-item index="/plates/incomplete" data-testid="nav-plates-incomplete">{{ t('nav.incompletePlates') }}</el-menu-item>
        <el-menu-item v-if="mayImport" index="/enterprises/import" data-testid="nav-enterprises-import">{{ t('nav.enterpriseImport') }}</el-menu-item>
      </el-sub-menu>
      <el-sub-menu index="safety" data-testid="nav-safety">
        <template #title>
          <el-icon><Aim /></el-icon>
          <span>{{ t('nav.safety') }}</span>
        </template>
        <el-menu-item index="/inbox" data-testid="nav-inbox">{{ t('nav.inbox') }}</el-menu-item>
        <el-menu-item index="/hazards" data-testid="nav-hazards">{{ t('nav.hazards') }}</el-menu-item>
        <el-menu-item index="/inspections" data-testid="nav-inspections">{{ t('nav.inspections') }}</el-menu-item>
        <el-menu-item index="/enforcement/cases" data-testid="nav-cases">{{ t('nav.cases') }}</el-menu-item>
        <el-menu-item v-if="oversees" index="/enforcement/zero-check" data-testid="nav-zero-check">{{ t('nav.zeroCheck') }}</el-menu-item>
        <el-menu-item index="/checklists/templates" data-testid="nav-templates">{{ t('nav.templates') }}</el-menu-item>
      </el-sub-menu>
      <el-sub-menu v-if="oversees || ownReports.length" index="reports" data-testid="nav-reports">
        <template #title>
          <el-icon><DataAnalysis /></el-icon>
          <span>{{ t('nav.reports') }}</span>
        </template>
        <el-menu-item v-if="oversees" index="/reports" data-testid="nav-report-town">{{ t('nav.reportTown') }}</el-menu-item>
        <el-menu-item v-for="e in ownReports" :key="e.index" :index="e.index" :data-testid="e.testid">{{ e.text }}</el-menu-item>
        <el-menu-item index="/reports/archive" data-testid="nav-report-archive">{{ t('nav.reportArchive') }}</el-menu-item>
      </el-sub-menu>
      <el-sub-menu v-for="m in modules.list" :key="m.id" :index="'module:' + m.id" :data-testid="'nav-module-' + m.id">
        <template #title>
          <el-icon><component :is="iconOf(m)" /></el-icon>
          <span>{{ pick(m.name) }}</span>
        </template>
        <el-menu-item v-for="e in m.menu" :key="e.route" :index="modulePath(m.id, e.route)"
                      :data-testid="'nav-' + m.id + '-' + e.route">{{ pick(e.label) }}</el-menu-item>
      </el-sub-menu>
      <el-menu-item v-if="modules.loaded && modules.list.length === 0" index="none" disabled>
        <el-icon><Grid /></el-icon>
        <template #title>{{ t('nav.noModules') }}</template>
      </el-menu-item>
      <el-sub-menu v-if="admin" index="system" data-testid="nav-system">
        <template #title>
          <el-icon><Setting /></el-icon>
          <span>{{ t('nav.system') }}</span>
        </template>
        <el-menu-item index="/admin/users" data-testid="nav-admin-users">{{ t('nav.users') }}</el-menu-item>
        <el-menu-item index="/reference" data-testid="nav-reference">{{ t('nav.reference') }}</el-menu-item>
      </el-sub-menu>
    </el-menu>`,
};
