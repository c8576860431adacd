// Texts of the planning module; the shell merges them under "planning": sg.t('planning.project.title')
export default {
  'zh-CN': {
    title: '规建办',
    common: {
      add: '新增', edit: '编辑', save: '保存', cancel: '取消', search: '查询', actions: '操作', saved: '已保存',
      loadFailed: '加载失败', invalid: '请检查标出的字段', required: '不能为空', tooLong: '不能超过 {max} 个字符',
      badPhone: '电话号码格式不正确', none: '无', stale: '该项目已被他人修改，已重新加载，请再次修改后保存',
    },
    phase: {
      PREPARATION: '施工准备', FOUNDATION: '地基基础', MAIN_STRUCTURE: '主体结构', DECORATION: '装饰装修',
      SUSPENDED: '停工', COMPLETED: '竣工',
    },
    dashboard: {
      title: '部门总览', projects: '在建项目', active: '在建', overdue: '超期未竣工', suspended: '停工',
      soonDue: '30天内计划竣工', open: '查看在建项目',
    },
    project: {
      title: '在建项目', add: '新增项目', addTitle: '新增在建项目', editTitle: '编辑在建项目', name: '项目名称',
      enterprise: '施工单位', enterprisePlaceholder: '输入名称搜索本部门监管的企业', address: '项目地址',
      permitNumber: '施工许可证编号', permitHint: '开工后（施工准备阶段以外）必填', startDate: '开工日期',
      plannedEnd: '计划竣工日期', phase: '项目阶段', allPhases: '全部阶段', safetyOfficer: '专职安全员',
      safetyOfficerPhone: '安全员电话', overdue: '超期', text: '名称、地址、施工单位或许可证号', empty: '暂无在建项目',
    },
  },
  en: {
    title: 'Planning & Construction Office',
    common: {
      add: 'Add', edit: 'Edit', save: 'Save', cancel: 'Cancel', search: 'Search', actions: 'Actions', saved: 'Saved',
      loadFailed: 'Could not load', invalid: 'Please check the marked fields', required: 'is required',
      tooLong: 'must be at most {max} characters', badPhone: 'is not a valid phone number', none: 'none',
      stale: 'Someone else changed this project; it was reloaded, please make your change again',
    },
    phase: {
      PREPARATION: 'Preparation', FOUNDATION: 'Foundation', MAIN_STRUCTURE: 'Main structure',
      DECORATION: 'Fit-out', SUSPENDED: 'Suspended', COMPLETED: 'Completed',
    },
    dashboard: {
      title: 'Dashboard', projects: 'Construction projects', active: 'Under way', overdue: 'Past completion date',
      suspended: 'Suspended', soonDue: 'Due within 30 days', open: 'Open the projects',
    },
    project: {
      title: 'Construction projects', add: 'Add project', addTitle: 'New construction project',
      editTitle: 'Edit construction project', name: 'Project name', enterprise: 'Builder',
      enterprisePlaceholder: 'Type to search the enterprises you supervise', address: 'Site address',
      permitNumber: 'Construction permit no.', permitHint: 'Required once work has started (after preparation)',
      startDate: 'Start date', plannedEnd: 'Planned completion', phase: 'Phase', allPhases: 'All phases',
      safetyOfficer: 'Safety officer', safetyOfficerPhone: 'Safety officer phone', overdue: 'Overdue',
      text: 'Name, address, builder or permit no.', empty: 'No projects',
    },
  },
};
