// The shell's entry: Element Plus and its icons, the page for the current hash route, the session.
import { computed, createApp, watch } from 'vue';
import ElementPlus, { ElMessage } from 'element-plus';
import * as icons from '@element-plus/icons-vue';
import { applyDocument, elementLocale, locale, t } from './i18n.js';
import { onApiStatus } from './api.js';
import { navigate, route, toLogin } from './router.js';
import { expire, isAdmin, mayChangeRegistry, restore, session } from './session.js';
import { endSession, startSession } from './lifecycle.js';
import ShellLayout from './layout.js';
import LoginPage from './login.js';
import HomePage from './home.js';
import UsersPage from './users.js';
import ModulePage from './module-page.js';
import EnterprisesPage from './enterprises.js';
import EnterpriseDetailPage from './enterprise-detail.js';
import ImportWizard from './import-wizard.js';
import PlatePage from './plate-page.js';
import PlatePrintPage from './plate-print.js';
import IncompletePlatesPage from './incomplete-plates.js';
import ReferencePage from './reference.js';
import { Forbidden, NotFound } from './status-pages.js';
import { SAFETY_PAGES } from './safety-pages.js';
import { REPORTS_PAGES } from './reports-pages.js';
import { REPORTS_ALLOWED } from './reports-routes.js';

const PAGES = {
  home: 'HomePage',
  users: 'UsersPage',
  module: 'ModulePage',
  enterprises: 'EnterprisesPage',
  enterprise: 'EnterpriseDetailPage',
  enterpriseImport: 'ImportWizard',
  plate: 'PlatePage',
  platePrint: 'PlatePrintPage',
  incompletePlates: 'IncompletePlatesPage',
  reference: 'ReferencePage',
  ...Object.fromEntries(Object.entries(SAFETY_PAGES).map(([name, page]) => [name, page.name])),
  ...Object.fromEntries(Object.entries(REPORTS_PAGES).map(([name, page]) => [name, page.name])),
};
// pages only some roles may open (with the route's params); the server refuses the others anyway
const ALLOWED = { users: isAdmin, reference: isAdmin, enterpriseImport: mayChangeRegistry, inspectionNew: mayChangeRegistry,
  ...REPORTS_ALLOWED };

const App = {
  name: 'SafeGridShell',
  components: {
    ShellLayout, LoginPage, HomePage, UsersPage, ModulePage, EnterprisesPage, EnterpriseDetailPage, ImportWizard,
    PlatePage, PlatePrintPage, IncompletePlatesPage, ReferencePage, Forbidden, NotFound,
    ...Object.fromEntries(Object.values(SAFETY_PAGES).map((page) => [page.name, page])),
    ...Object.fromEntries(Object.values(REPORTS_PAGES).map((page) => [page.name, page])),
  },
  setup() {
    const page = computed(() => {
      if (ALLOWED[route.name] && !ALLOWED[route.name](route.params)) return 'Forbidden';
      return PAGES[route.name] ?? 'NotFound';
    });
    // a page is made anew for another record (enterprise, hazard, template, period), not for another query (filters, tab)
    const pageKey = computed(() => `${route.name}:${Object.values(route.params).join('/')}`);
    return { route, session, elementLocale, page, pageKey, t };
  },
  template: `
    <el-config-provider :locale="elementLocale">
      <LoginPage v-if="route.name === 'login'" />
      <div v-else-if="!session.user" class="sg-splash" v-loading="true" :element-loading-text="t('app.loading')"></div>
      <ShellLayout v-else>
        <ModulePage v-if="page === 'ModulePage'" :key="route.params.module" :module-id="route.params.module"
                    :route-name="route.params.route" />
        <component v-else :is="page" :key="pageKey" />
      </ShellLayout>
    </el-config-provider>`,
};

onApiStatus({
  unauthorized() {
    expire();
    endSession();
    toLogin();
  },
  forbidden(error) {
    const detail = error?.message && error.message !== 'Forbidden' ? `：${error.message}` : '';
    ElMessage({ type: 'error', message: t('errors.forbidden') + detail, grouping: true, showClose: true });
  },
});

// not logged in: to the login page; logged in: away from it
watch(
  () => [route.name, session.checked, session.user],
  () => {
    if (!session.checked) return;
    if (!session.user && route.name !== 'login') toLogin();
    else if (session.user && route.name === 'login') navigate('/');
  },
);
watch(locale, applyDocument);

const app = createApp(App);
app.use(ElementPlus);
for (const [name, component] of Object.entries(icons)) app.component(name, component);
app.config.errorHandler = (error, instance, info) => console.error('[safegrid]', info, error);
app.mount('#app');
applyDocument();

restore().then((user) => {
  if (user) startSession();
});
