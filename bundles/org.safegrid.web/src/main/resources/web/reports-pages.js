// The pages of the reports and dashboards by route name (reports-routes.js), for app.js.
import { route } from './router.js';
import ReportPage from './report-page.js';
import ReportArchivePage from './report-archive.js';
import DepartmentDashboard from './dept-dashboard.js';

/** #/dashboard/<department>: the shared department dashboard on its own, without a department's widgets. */
const DeptDashboardPage = {
  name: 'DeptDashboardPage',
  components: { DepartmentDashboard },
  setup() {
    return { department: route.params.department };
  },
  template: `<DepartmentDashboard :department="department" />`,
};

export const REPORTS_PAGES = {
  reportTown: ReportPage,
  reportDept: ReportPage,
  reportVillage: ReportPage,
  reportArchived: ReportPage,
  reportArchive: ReportArchivePage,
  deptDashboard: DeptDashboardPage,
};
