// The city management brigade's UI module (城管大队): loaded by the web shell from /ui/modules/citymgmt/index.js.
// Routes are the descriptor's menu entries: #/m/citymgmt/dashboard and #/m/citymgmt/billboards.
import DashboardPage from './dashboard.js';
import BillboardsPage from './billboards.js';
import messages from './messages.js';

export default {
  routes: { dashboard: DashboardPage, billboards: BillboardsPage },
  messages,
};
