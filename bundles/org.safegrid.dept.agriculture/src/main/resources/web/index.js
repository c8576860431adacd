// The agricultural service centre's UI module (农服中心): loaded by the web shell from
// /ui/modules/agriculture/index.js. Routes are the descriptor's menu entries: #/m/agriculture/dashboard and
// #/m/agriculture/reservoirs.
import DashboardPage from './dashboard.js';
import ReservoirsPage from './reservoirs.js';
import messages from './messages.js';

export default {
  routes: { dashboard: DashboardPage, reservoirs: ReservoirsPage },
  messages,
};
