// The economic office's UI module (经发办): loaded by the web shell from /ui/modules/economic/index.js.
// Routes are the menu entries of the department descriptor: #/m/economic/dashboard and #/m/economic/teams.
import DashboardPage from './dashboard.js';
import TeamsPage from './teams.js';
import messages from './messages.js';

export default {
  routes: { dashboard: DashboardPage, teams: TeamsPage },
  messages,
};
