// Page "dashboard" (#/m/economic/dashboard): the shared department dashboard with the team coverage in its slot.
import { defineAsyncComponent, h } from 'vue';
import CoverageCard from './coverage-card.js';

// Loaded on use: without the shell's shared dashboard this page shows the office's own card alone, and the
// module's other pages are unaffected.
const DepartmentDashboard = defineAsyncComponent({
  loader: () => import('/ui/dept-dashboard.js'),
  errorComponent: { name: 'EconomicDashboardFallback', setup: () => () => h(CoverageCard) },
});

export default {
  name: 'EconomicDashboardPage',
  setup() {
    return () => h(DepartmentDashboard, { department: 'economic' }, { default: () => h(CoverageCard) });
  },
};
