// Page "dashboard" (#/m/culture/dashboard): the shared department dashboard with the coming large events in its slot.
import { defineAsyncComponent, h } from 'vue';
import UpcomingCard from './upcoming-card.js';

// Loaded on use: without the shell's shared dashboard this page shows the centre's own card alone, and the
// module's other pages are unaffected.
const DepartmentDashboard = defineAsyncComponent({
  loader: () => import('/ui/dept-dashboard.js'),
  errorComponent: { name: 'CultureDashboardFallback', setup: () => () => h(UpcomingCard) },
});

export default {
  name: 'CultureDashboardPage',
  setup() {
    return () => h(DepartmentDashboard, { department: 'culture' }, { default: () => h(UpcomingCard) });
  },
};
