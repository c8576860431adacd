// The console frame: header (product, live status, language, user, logout), navigation, breadcrumb, content.
import { computed, onBeforeUnmount, ref } from 'vue';
import NavMenu from './nav.js';
import PasswordDialog from './password-dialog.js';
import InboxBadge from './inbox-badge.js';
import { SAFETY_CRUMBS } from './safety-routes.js';
import { REPORTS_CRUMBS } from './reports-routes.js';
import { pick, t, toggleLocale } from './i18n.js';
import { findModule } from './modules.js';
import { events } from './events.js';
import { health } from './health.js';
import { navigate, route } from './router.js';
import { logout, session } from './session.js';
import { endSession } from './lifecycle.js';

const list = () => ({ text: t('nav.enterprises'), href: '#/enterprises' });
const detail = (p) => ({ text: t('enterprise.detailTitle'), href: `#/enterprises/${p.id}` });
const plate = (p) => ({ text: t('plate.title'), href: `#/enterprises/${p.id}/plate` });
// the registry pages: crumbs with links back up
const REGISTRY_CRUMBS = {
  enterprises: () => [t('nav.registry'), t('nav.enterprises')],
  enterpriseImport: () => [t('nav.registry'), list(), t('import.title')],
  enterprise: () => [t('nav.registry'), list(), t('enterprise.detailTitle')],
  plate: (p) => [t('nav.registry'), list(), detail(p), t('plate.title')],
  platePrint: (p) => [t('nav.registry'), list(), detail(p), plate(p), t('print.title')],
  incompletePlates: () => [t('nav.registry'), t('nav.incompletePlates')],
  reference: () => [t('nav.system'), t('nav.reference')],
  ...SAFETY_CRUMBS,
  ...REPORTS_CRUMBS,
};

const COLLAPSED_KEY = 'safegrid.nav.collapsed';
const PHONE = window.matchMedia('(max-width: 768px)');

function storedCollapsed() {
  try {
    return localStorage.getItem(COLLAPSED_KEY) === '1';
  } catch {
    return false;
  }
}

export default {
  name: 'ShellLayout',
  components: { NavMenu, PasswordDialog, InboxBadge },
  setup() {
    const phone = ref(PHONE.matches);
    const onViewport = (e) => (phone.value = e.matches);
    PHONE.addEventListener('change', onViewport);
    onBeforeUnmount(() => PHONE.removeEventListener('change', onViewport));

    const collapsed = ref(storedCollapsed());
    const drawer = ref(false);
    const passwordOpen = ref(false);

    function toggleNav() {
      if (phone.value) {
        drawer.value = !drawer.value;
        return;
      }
      collapsed.value = !collapsed.value;
      try {
        localStorage.setItem(COLLAPSED_KEY, collapsed.value ? '1' : '0');
      } catch {
        // not kept
      }
    }

    function go(path) {
      drawer.value = false;
      navigate(path);
    }

    async function doLogout() {
      try {
        await logout();
      } finally {
        endSession();
        navigate('/login');
      }
    }

    const crumbs = computed(() => {
      if (route.name === 'users') return [t('nav.system'), t('nav.users')];
      if (REGISTRY_CRUMBS[route.name]) return REGISTRY_CRUMBS[route.name](route.params);
      if (route.name === 'module') {
        const mod = findModule(route.params.module);
        if (!mod) return [route.params.module];
        const entry = mod.menu?.find((e) => e.route === route.params.route);
        return [pick(mod.name), ...(entry ? [pick(entry.label)] : [])];
      }
      return [];
    });
    const user = computed(() => session.user ?? {});
    const version = computed(() => health.info?.version ?? '');

    return { phone, collapsed, drawer, passwordOpen, toggleNav, go, doLogout, crumbs, user, version, events, t, toggleLocale };
  },
  template: `
    <el-container class="sg-shell">
      <el-header class="sg-header" height="56px">
        <div class="sg-header-left">
          <el-button class="sg-nav-toggle" text data-testid="nav-toggle" @click="toggleNav"
                     :title="collapsed && !phone ? t('nav.expand') : t('nav.collapse')">
            <el-icon :size="20"><Expand v-if="collapsed || phone" /><Fold v-else /></el-icon>
          </el-button>
          <a class="sg-brand" href="#/" data-testid="brand" :title="t('app.title')">
            <img src="/ui/logo.svg" alt="" class="sg-brand-logo">
            <span class="sg-brand-name">{{ t('app.brand') }}</span>{{ ' ' }}<span class="sg-brand-product"
              >{{ t('app.product') }}</span>
          </a>
        </div>
        <div class="sg-header-right">
          <el-tooltip :content="events.connected ? t('header.live') : t('header.offline')" placement="bottom">
            <span class="sg-live" :class="{ 'is-on': events.connected }" data-testid="live-status"></span>
          </el-tooltip>
          <InboxBadge />
          <el-button text class="sg-header-btn" data-testid="lang-switch" :title="t('header.switchTitle')"
                     @click="toggleLocale">
            <span class="sg-lang-icon">文/A</span>{{ t('header.switchTo') }}
          </el-button>
          <span class="sg-user" data-testid="user-name">
            <el-avatar :size="28" class="sg-user-avatar"><el-icon><UserFilled /></el-icon></el-avatar>
            <span class="sg-user-text">{{ user.displayName || user.username }}</span>
          </span>
          <el-button text class="sg-header-btn" data-testid="change-password" :title="t('header.changePassword')"
                     @click="passwordOpen = true">
            <el-icon><Key /></el-icon><span class="sg-hide-phone">{{ t('header.changePassword') }}</span>
          </el-button>
          <el-button text class="sg-header-btn" data-testid="logout" :title="t('header.logout')" @click="doLogout">
            <el-icon><SwitchButton /></el-icon><span class="sg-hide-phone">{{ t('header.logout') }}</span>
          </el-button>
        </div>
      </el-header>
      <el-container class="sg-body">
        <el-aside v-if="!phone" :width="collapsed ? '64px' : '224px'" class="sg-aside">
          <NavMenu :collapse="collapsed" @navigate="go" />
        </el-aside>
        <el-drawer v-else v-model="drawer" direction="ltr" size="260px" :with-header="false" class="sg-drawer">
          <NavMenu @navigate="go" />
        </el-drawer>
        <el-main class="sg-main">
          <el-breadcrumb separator="/" class="sg-breadcrumb">
            <el-breadcrumb-item><a href="#/">{{ t('nav.home') }}</a></el-breadcrumb-item>
            <el-breadcrumb-item v-for="(c, i) in crumbs" :key="i">
              <a v-if="c.href" :href="c.href">{{ c.text }}</a><template v-else>{{ c }}</template>
            </el-breadcrumb-item>
          </el-breadcrumb>
          <div class="sg-content"><slot /></div>
          <div class="sg-footer">{{ t('app.footer', { version: version ? 'v' + version : '' }) }} ·
            <a href="/ui/api-docs/" target="_blank" rel="noopener" style="color: inherit"
              data-testid="api-docs-link">{{ t('nav.apiDocs') }}</a></div>
        </el-main>
      </el-container>
      <PasswordDialog v-if="user.username" v-model="passwordOpen" :username="user.username" self />
    </el-container>`,
};
