// Texts of the emergency module; the shell merges them under "emergency": sg.t('emergency.log.title')
export default {
  'zh-CN': {
    title: '应急办',
    dashboard: { title: '部门总览', duty: '值班值守', entries7: '近7天值班日志', incidents7: '近7天突发事件' },
    common: {
      add: '新增', edit: '编辑', save: '保存', cancel: '取消', search: '查询', reset: '重置',
      actions: '操作', from: '开始日期', to: '结束日期', saved: '已保存', loadFailed: '加载失败',
      invalid: '请检查标出的字段', required: '不能为空', tooLong: '不能超过 {max} 个字符',
      endAfterStart: '结束时间必须晚于开始时间', badPhone: '电话号码格式不正确', none: '无',
    },
    category: { INFO: '一般信息', INCIDENT: '突发事件', REPORT: '信息报送', HANDOVER: '交接班', CALL: '来电' },
    kind: { DAY: '白班', NIGHT: '夜班', FULL_DAY: '24小时' },
    log: {
      title: '值班日志', add: '新增日志', editTitle: '编辑日志', addTitle: '新增值班日志',
      occurredAt: '发生时间', category: '类别', allCategories: '全部类别', summary: '摘要', details: '详情',
      reporter: '报告人', shift: '所属班次', createdBy: '记录人', createdAt: '记录时间', empty: '暂无值班日志',
      summaryPlaceholder: '一句话说明发生了什么', detailsPlaceholder: '经过、处置情况、后续跟进……',
    },
    roster: {
      title: '值班表', add: '新增班次', addTitle: '新增班次', editTitle: '编辑班次', date: '值班日期',
      kind: '班次', time: '时间', startAt: '开始时间', endAt: '结束时间', leader: '带班领导',
      leaderPhone: '领导电话', officer: '值班员', officerPhone: '值班电话', note: '备注', empty: '暂无排班',
      onDutyNow: '当前在岗', nobodyOnDuty: '当前时段没有排班，请尽快安排值班人员', asOf: '截至 {time}',
    },
  },
  en: {
    title: 'Emergency Management Office',
    dashboard: {
      title: 'Dashboard', duty: 'Duty watch', entries7: 'Log entries, last 7 days', incidents7: 'Incidents, last 7 days',
    },
    common: {
      add: 'Add', edit: 'Edit', save: 'Save', cancel: 'Cancel', search: 'Search', reset: 'Reset',
      actions: 'Actions', from: 'From', to: 'To', saved: 'Saved', loadFailed: 'Could not load',
      invalid: 'Please check the marked fields', required: 'is required', tooLong: 'must be at most {max} characters',
      endAfterStart: 'must be after the start', badPhone: 'is not a valid phone number', none: 'none',
    },
    category: { INFO: 'Information', INCIDENT: 'Incident', REPORT: 'Report', HANDOVER: 'Handover', CALL: 'Call' },
    kind: { DAY: 'Day', NIGHT: 'Night', FULL_DAY: '24 hours' },
    log: {
      title: 'Duty log', add: 'Add entry', editTitle: 'Edit entry', addTitle: 'New duty log entry',
      occurredAt: 'Time', category: 'Category', allCategories: 'All categories', summary: 'Summary',
      details: 'Details', reporter: 'Reported by', shift: 'Shift', createdBy: 'Logged by', createdAt: 'Logged at',
      empty: 'No entries', summaryPlaceholder: 'What happened, in one line',
      detailsPlaceholder: 'Course of events, actions taken, follow-up…',
    },
    roster: {
      title: 'Duty roster', add: 'Add shift', addTitle: 'New shift', editTitle: 'Edit shift', date: 'Duty date',
      kind: 'Shift', time: 'Time', startAt: 'Start', endAt: 'End', leader: 'Leader on duty',
      leaderPhone: 'Leader phone', officer: 'Officer on duty', officerPhone: 'Officer phone', note: 'Note',
      empty: 'No shifts', onDutyNow: 'On duty now',
      nobodyOnDuty: 'Nobody is rostered for this hour: please arrange the duty', asOf: 'as of {time}',
    },
  },
};
