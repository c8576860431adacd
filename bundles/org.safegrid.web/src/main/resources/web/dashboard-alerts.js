// Dashboard block: the latest alerts addressed to the user's roles (GET /api/inbox: alerts after the duties), each
// with its level and its link; the inbox page has the rest.
import { request } from './api.js';
import { t } from './i18n.js';
import { dateTime } from './enterprise-terms.js';
import DashboardBlock, { useBlock } from './dashboard-block.js';

const LATEST = 6;
const LEVEL = { INFO: 'info', WARNING: 'warning', CRITICAL: 'danger' };

async function alerts() {
  const page = await request('/api/inbox', { query: { size: 50 } });
  return (page?.items ?? []).filter((i) => i.kind === 'ALERT').slice(0, LATEST);
}

export default {
  name: 'DashboardAlerts',
  components: { DashboardBlock },
  props: { department: { type: String, required: true }, refresh: { type: Number, default: 0 } },
  setup(props) {
    const state = useBlock(alerts, () => [props.department, props.refresh]);
    const href = (a) => (typeof a.link === 'string' && a.link.startsWith('#/') ? a.link : null);
    const level = (a) => LEVEL[a.level] ?? 'info';
    return { state, href, level, dateTime, t };
  },
  template: `
    <DashboardBlock :title="t('dashboard.alerts')" :state="state" testid="dashboard-alerts" more="#/inbox">
      <template #default="{ data }">
        <el-empty v-if="!data.length" :description="t('dashboard.noAlerts')" :image-size="50" />
        <div v-for="a in data" :key="a.id" class="sg-dash-alert" :class="{ 'is-read': a.read }" :data-testid="'dashboard-alert-' + a.id">
          <el-tag :type="level(a)" effect="dark" size="small">{{ t('dashboard.level.' + (a.level || 'INFO')) }}</el-tag>
          <div class="sg-dash-alert-text">
            <a v-if="href(a)" :href="href(a)" class="sg-link">{{ a.title }}</a><b v-else>{{ a.title }}</b>
            <div class="sg-muted">{{ a.message }}</div>
          </div>
          <span class="sg-muted sg-dash-at">{{ dateTime(a.at) }}</span>
        </div>
      </template>
    </DashboardBlock>`,
};
