// #/inbox: 待办, what the user owes (duties due and overdue) and the alerts of the last 30 days, paged on the server
// (GET /api/inbox?unread=), each with its kind's icon, its level's colour and its link; alerts are marked read.
import { computed, onMounted, watch } from 'vue';
import { request } from './api.js';
import { t } from './i18n.js';
import { errorText } from './forms.js';
import { route } from './router.js';
import { notify } from './sg.js';
import { dateTime } from './enterprise-terms.js';
import { PAGE_SIZES, usePagedList, useUrlFilters } from './list-page.js';
import { inbox, refreshInbox } from './inbox-state.js';

const ICON = { ALERT: 'Bell', DUTY_DUE: 'Clock', DUTY_OVERDUE: 'AlarmClock', SELF_INSPECTION_OVERDUE: 'DocumentChecked',
  HAZARD_OVERDUE: 'WarningFilled' };
const LEVEL = { INFO: 'info', WARNING: 'warning', CRITICAL: 'danger' };

export default {
  name: 'InboxPage',
  setup() {
    const { filters, apply } = useUrlFilters('inbox', { unread: false, page: 1, size: 20 });
    const { list, load: loadList } = usePagedList('/api/inbox', () => ({ unread: filters.unread ? 'true' : undefined,
      page: filters.page - 1, size: filters.size }));
    async function load() {
      await refreshInbox();
      if (inbox.available) await loadList();
    }
    onMounted(load);
    watch(() => route.query, () => {
      if (route.name === 'inbox') load();
    });
    const missing = computed(() => list.error?.status === 404 || !inbox.available);
    async function markRead(item) {
      try {
        await request(`/api/inbox/alerts/${item.id}/read`, { method: 'POST' });
        item.read = true;
        refreshInbox();
      } catch (e) {
        if (errorText(e)) notify('error', errorText(e));
      }
    }
    // links are console routes ('#/hazards/12'); anything else is not followed
    const href = (item) => (typeof item.link === 'string' && item.link.startsWith('#/') ? item.link : null);
    const icon = (item) => ICON[item.kind] ?? 'Bell';
    const level = (item) => LEVEL[item.level] ?? 'info';
    const key = (item) => (item.id != null ? `alert-${item.id}` : `${item.code}-${item.periodKey}`);
    return { filters, apply, list, load, missing, markRead, href, icon, level, key, inbox, t, dateTime, PAGE_SIZES };
  },
  template: `
    <el-card shadow="never" class="sg-section" data-testid="inbox-page">
      <template #header>
        <div class="sg-card-header sg-wrap">
          <div>
            <span class="sg-card-title">{{ t('inbox.title') }}</span>
            <span class="sg-muted sg-subtitle">{{ t('inbox.subtitle') }}</span>
          </div>
          <div class="sg-toolbar">
            <el-checkbox :model-value="filters.unread" border data-testid="inbox-unread" @update:model-value="apply({ unread: $event })">{{ t('inbox.unreadOnly') }}</el-checkbox>
            <el-button icon="Tickets" tag="a" href="#/duties" data-testid="inbox-duties">{{ t('duty.title') }}</el-button>
            <el-button icon="Refresh" :loading="list.loading" data-testid="inbox-refresh" @click="load">{{ t('common.refresh') }}</el-button>
          </div>
        </div>
      </template>
      <el-result v-if="missing" icon="info" :title="t('inbox.unavailable')" :sub-title="t('inbox.unavailableDetail')" data-testid="inbox-unavailable" />
      <template v-else>
        <div v-if="inbox.summary" class="sg-stats" data-testid="inbox-summary">
          <div class="sg-stat" :class="{ 'is-bad': inbox.summary.dutiesOverdue }"><div class="sg-stat-value">{{ inbox.summary.dutiesOverdue }}</div>
            <div class="sg-stat-label">{{ t('inbox.overdue') }}</div></div>
          <div class="sg-stat"><div class="sg-stat-value">{{ inbox.summary.dutiesDue }}</div><div class="sg-stat-label">{{ t('inbox.due') }}</div></div>
          <div class="sg-stat"><div class="sg-stat-value">{{ inbox.summary.unreadAlerts }}</div><div class="sg-stat-label">{{ t('inbox.unread') }}</div></div>
        </div>
        <div v-loading="list.loading" class="sg-inbox-list" data-testid="inbox-list">
          <el-empty v-if="!list.loading && !list.items.length" :description="t('inbox.empty')" />
          <div v-for="item in list.items" :key="key(item)" class="sg-inbox-item" :class="['is-' + level(item), { 'is-read': item.read }]"
               :data-testid="'inbox-item-' + key(item)">
            <el-icon :size="22" class="sg-inbox-icon"><component :is="icon(item)" /></el-icon>
            <div class="sg-inbox-body">
              <div class="sg-inbox-title">
                <el-tag :type="level(item)" size="small" effect="dark">{{ t('inbox.kind.' + item.kind) }}</el-tag>
                <a v-if="href(item)" :href="href(item)" class="sg-link" :data-testid="'inbox-link-' + key(item)">{{ item.title }}</a>
                <span v-else>{{ item.title }}</span>
              </div>
              <div class="sg-inbox-message">{{ item.message }}</div>
              <div class="sg-muted">{{ dateTime(item.at) }}<template v-if="item.periodKey"> · {{ item.periodKey }}</template></div>
            </div>
            <el-button v-if="item.kind === 'ALERT' && !item.read" size="small" :data-testid="'inbox-read-' + item.id"
                       @click="markRead(item)">{{ t('inbox.markRead') }}</el-button>
          </div>
        </div>
        <el-pagination class="sg-pagination" data-testid="inbox-pagination" background layout="total, sizes, prev, pager, next" :total="list.total"
                       :page-sizes="PAGE_SIZES" :current-page="filters.page" :page-size="filters.size"
                       @current-change="apply({ page: $event })" @size-change="apply({ size: $event })" />
      </template>
    </el-card>`,
};
