// The pages of the hazard and enforcement part by route name (safety-routes.js), for app.js.
import InboxPage from './inbox.js';
import DutiesPage from './duties.js';
import ChecklistDuePage from './checklist-due.js';
import ChecklistFillPage from './checklist-fill.js';
import ChecklistSubmissionPage from './checklist-submission.js';
import HazardsPage from './hazards.js';
import HazardDetailPage from './hazard-detail.js';
import InspectionsPage from './inspections.js';
import InspectionNewPage from './inspection-new.js';
import InspectionDetailPage from './inspection-detail.js';
import CasesPage from './cases.js';
import CaseDetailPage from './case-detail.js';
import ZeroCheckPage from './zero-check.js';
import TemplatesPage from './templates.js';
import TemplateEditorPage from './template-editor.js';

export const SAFETY_PAGES = {
  inbox: InboxPage,
  duties: DutiesPage,
  checklistDue: ChecklistDuePage,
  checklistFill: ChecklistFillPage,
  submission: ChecklistSubmissionPage,
  hazards: HazardsPage,
  hazard: HazardDetailPage,
  inspections: InspectionsPage,
  inspectionNew: InspectionNewPage,
  inspection: InspectionDetailPage,
  cases: CasesPage,
  case: CaseDetailPage,
  zeroCheck: ZeroCheckPage,
  templates: TemplatesPage,
  templateEditor: TemplateEditorPage,
};
