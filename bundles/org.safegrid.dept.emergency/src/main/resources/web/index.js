// The emergency office's UI module (应急办): loaded by the web shell from /ui/modules/emergency/index.js.
// Routes are the menu entries of the department descriptor: #/m/emergency/duty-log and #/m/emergency/roster.
import DutyLogPage from './duty-log.js';
import RosterPage from './roster.js';
import messages from './messages.js';

export default {
  routes: { 'duty-log': DutyLogPage, roster: RosterPage },
  messages,
};
