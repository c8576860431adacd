// The header's 待办 button: the number of unread alerts and owed duties, a link to #/inbox.
import { computed } from 'vue';
import { t } from './i18n.js';
import { inbox } from './inbox-state.js';

export default {
  name: 'InboxBadge',
  setup() {
    const total = computed(() => inbox.summary?.total ?? 0);
    const urgent = computed(() => (inbox.summary?.dutiesOverdue ?? 0) > 0);
    const title = computed(() => (inbox.summary ? t('inbox.badgeTitle', { alerts: inbox.summary.unreadAlerts,
      due: inbox.summary.dutiesDue, overdue: inbox.summary.dutiesOverdue }) : t('nav.inbox')));
    return { inbox, total, urgent, title, t };
  },
  template: `
    <el-badge v-if="inbox.available" :value="total" :hidden="!total" :max="99" :type="urgent ? 'danger' : 'warning'" class="sg-inbox-badge">
      <el-button text tag="a" href="#/inbox" class="sg-header-btn" :title="title" data-testid="inbox-badge">
        <el-icon><Bell /></el-icon><span class="sg-hide-phone">{{ t('nav.inbox') }}</span>
      </el-button>
    </el-badge>`,
};
