// The planning office's UI module (规建办): loaded by the web shell from /ui/modules/planning/index.js.
// Routes are the menu entries of the department descriptor: #/m/planning/dashboard and #/m/planning/projects.
import DashboardPage from './dashboard.js';
import ProjectsPage from './projects.js';
import messages from './messages.js';

export default {
  routes: { dashboard: DashboardPage, projects: ProjectsPage },
  messages,
};
