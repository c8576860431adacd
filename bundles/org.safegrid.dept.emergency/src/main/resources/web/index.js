// The emergency office's UI module (应急办): loaded by the web shell from /ui/modules/emergency/index.js.
// Routes are the menu entries of the department descriptor: #/m/emergency/dashboard, #/m/emergency/duty-log and
// #/m/emergency/roster.
import DashboardPage from './dashboard.js';
import DutyLogPage from './duty-log.js';
import RosterPage from './roster.js';
import messages from './messages.js';

export default {
  routes: { dashboard: DashboardPage, 'duty-log': DutyLogPage, roster: RosterPage },
  messages,
};
