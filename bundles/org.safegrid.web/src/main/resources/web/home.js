// #/: welcome, the active department modules as cards, the system status from GET /api/health.
import { computed, onMounted } from 'vue';
import { formatDate, pick, t } from './i18n.js';
import { modules } from './modules.js';
import { health, refreshHealth } from './health.js';
import { events } from './events.js';
import { modulePath } from './router.js';
import { session } from './session.js';
import { roleLabel, roleType } from './roles.js';

export default {
  name: 'HomePage',
  setup() {
    onMounted(refreshHealth);
    const user = computed(() => session.user ?? {});
    const today = computed(() => formatDate(new Date()));
    const up = computed(() => health.info?.status === 'UP');
    const versions = computed(() => Object.fromEntries((health.info?.modules ?? []).map((m) => [m.id, m])));
    const href = (m, e) => `#${modulePath(m.id, e.route)}`;
    return { user, today, up, versions, href, health, modules, events, refreshHealth, pick, t, roleLabel, roleType };
  },
  template: `
    <div class="sg-home">
      <el-card shadow="never" class="sg-welcome" data-testid="home-welcome">
        <div class="sg-welcome-body">
          <div>
            <h2>{{ t('home.welcome', { name: user.displayName || user.username }) }}</h2>
            <p class="sg-muted">{{ today }} · {{ t('home.intro') }}</p>
          </div>
          <div class="sg-welcome-roles">
            <span class="sg-muted">{{ t('home.roles') }}</span>
            <el-tag v-for="r in user.roles" :key="r" :type="roleType(r)" effect="plain" size="small">{{ roleLabel(r) }}</el-tag>
          </div>
        </div>
      </el-card>

      <el-row :gutter="16">
        <el-col :xs="24" :lg="16">
          <el-card shadow="never" class="sg-section" data-testid="home-modules">
            <template #header><span class="sg-card-title">{{ t('home.modules') }}</span></template>
            <el-empty v-if="modules.loaded && !modules.list.length" :description="t('home.modulesEmpty')" :image-size="80" />
            <el-row v-else :gutter="12">
              <el-col v-for="m in modules.list" :key="m.id" :xs="24" :sm="12" :xl="8">
                <div class="sg-module-card" :data-testid="'home-module-' + m.id">
                  <div class="sg-module-card-head">
                    <span class="sg-module-card-name">{{ pick(m.name) }}</span>
                    <el-tag v-if="versions[m.id]" size="small" type="info">v{{ versions[m.id].version }}</el-tag>
                  </div>
                  <div class="sg-module-card-links">
                    <el-link v-for="e in m.menu" :key="e.route" :href="href(m, e)" type="primary" icon="Right"
                             :data-testid="'home-link-' + m.id + '-' + e.route">{{ pick(e.label) }}</el-link>
                  </div>
                </div>
              </el-col>
            </el-row>
          </el-card>
        </el-col>
        <el-col :xs="24" :lg="8">
          <el-card shadow="never" class="sg-section" data-testid="home-status">
            <template #header>
              <div class="sg-card-header">
                <span class="sg-card-title">{{ t('home.status') }}</span>
                <el-button text size="small" icon="Refresh" :loading="health.loading" @click="refreshHealth"
                           data-testid="health-refresh">{{ t('home.refresh') }}</el-button>
              </div>
            </template>
            <el-alert v-if="!health.info && health.error" type="error" :closable="false" show-icon
                      :title="t('home.healthFailed')" />
            <template v-if="health.info">
              <el-descriptions :column="1" size="small" border>
                <el-descriptions-item :label="t('home.status')">
                  <el-tag :type="up ? 'success' : 'danger'" effect="dark" size="small" data-testid="health-status">
                    {{ up ? t('home.statusUp') : t('home.statusDown') }} ({{ health.info.status }})
                  </el-tag>
                </el-descriptions-item>
                <el-descriptions-item :label="t('home.version')">{{ health.info.version }}</el-descriptions-item>
                <el-descriptions-item :label="t('home.moduleCount')">{{ (health.info.modules || []).length }}</el-descriptions-item>
                <el-descriptions-item :label="t('home.events')">
                  <el-tag :type="events.connected ? 'success' : 'warning'" size="small">
                    {{ events.connected ? t('header.live') : t('header.offline') }}
                  </el-tag>
                </el-descriptions-item>
              </el-descriptions>
              <el-table :data="health.info.modules || []" size="small" class="sg-health-table" :empty-text="t('home.modulesEmpty')">
                <el-table-column :label="t('home.moduleName')" min-width="120">
                  <template #default="{ row }">{{ pick(row.name) || row.id }}</template>
                </el-table-column>
                <el-table-column prop="version" :label="t('home.moduleVersion')" width="90" />
                <el-table-column prop="schemaVersion" :label="t('home.schemaVersion')" width="90" />
              </el-table>
            </template>
          </el-card>
        </el-col>
      </el-row>
    </div>`,
};
