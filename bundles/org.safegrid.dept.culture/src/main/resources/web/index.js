// The culture centre's UI module (文服中心): loaded by the web shell from /ui/modules/culture/index.js.
// Routes are the menu entries of the department descriptor: #/m/culture/dashboard and #/m/culture/events.
import DashboardPage from './dashboard.js';
import EventsPage from './events.js';
import messages from './messages.js';

export default {
  routes: { dashboard: DashboardPage, events: EventsPage },
  messages,
};
