// Texts of the culture module; the shell merges them under "culture": sg.t('culture.event.title')
export default {
  'zh-CN': {
    title: '文服中心',
    common: {
      edit: '编辑', view: '查看', save: '保存', cancel: '取消', close: '关闭', actions: '操作', from: '开始日期',
      to: '结束日期', saved: '已保存', loadFailed: '加载失败', invalid: '请检查标出的字段', required: '不能为空',
      tooLong: '不能超过 {max} 个字符', endAfterStart: '结束时间必须晚于开始时间', badPhone: '电话号码格式不正确',
      none: '无',
    },
    upcoming: { title: '近期大型活动', all: '全部活动', empty: '近 7 天没有大型活动' },
    problem: {
      'large-event-without-assessment': '未通过专家评估', 'large-event-over-capacity': '超过场地容量',
      'large-event-no-emergency-plan': '预案未备案', none: '无问题',
    },
    result: { PASSED: '通过', CONDITIONAL: '有条件通过', FAILED: '不通过' },
    event: {
      title: '大型活动', add: '登记活动', addTitle: '登记大型活动', editTitle: '编辑大型活动', viewTitle: '大型活动',
      name: '活动名称', organiser: '承办单位', registered: '已登记企业', byName: '填写名称',
      organiserPlaceholder: '输入企业名称搜索', venue: '活动场地', startAt: '开始时间', endAt: '结束时间',
      attendance: '预计人数', capacity: '场地核定容量', contact: '安全负责人', contactPhone: '联系电话',
      assessmentTitle: '专家安全评估与应急预案（十条措施第十条）', assessed: '已开展专家安全评估',
      assessedOn: '评估日期', assessor: '评估机构/专家', result: '评估结论', planFiled: '应急预案已备案',
      cancelled: '已取消', note: '备注', assessment: '专家评估', notAssessed: '未评估', problems: '待办问题',
      allAssessments: '全部', assessedOnly: '已评估', unassessedOnly: '未评估', empty: '暂无大型活动',
      remove: '删除', removeConfirm: '确定删除“{name}”？误登记的活动才删除，不再举办的请改为“已取消”。',
      removed: '已删除',
    },
  },
  en: {
    title: 'Culture Service Centre',
    common: {
      edit: 'Edit', view: 'View', save: 'Save', cancel: 'Cancel', close: 'Close', actions: 'Actions', from: 'From',
      to: 'To', saved: 'Saved', loadFailed: 'Could not load', invalid: 'Please check the marked fields',
      required: 'is required', tooLong: 'must be at most {max} characters', endAfterStart: 'must be after the start',
      badPhone: 'is not a valid phone number', none: 'none',
    },
    upcoming: { title: 'Coming large events', all: 'All events', empty: 'No large events in the next 7 days' },
    problem: {
      'large-event-without-assessment': 'No passed assessment', 'large-event-over-capacity': 'Over capacity',
      'large-event-no-emergency-plan': 'No emergency plan', none: 'No problems',
    },
    result: { PASSED: 'Passed', CONDITIONAL: 'Passed with conditions', FAILED: 'Failed' },
    event: {
      title: 'Large events', add: 'Register event', addTitle: 'Register a large event', editTitle: 'Edit large event',
      viewTitle: 'Large event', name: 'Name', organiser: 'Organiser', registered: 'Registered enterprise',
      byName: 'By name', organiserPlaceholder: 'Type to search enterprises', venue: 'Venue', startAt: 'Starts',
      endAt: 'Ends', attendance: 'Expected attendance', capacity: 'Venue capacity', contact: 'Safety contact',
      contactPhone: 'Phone', assessmentTitle: 'Expert safety assessment and emergency plan (measure 10)',
      assessed: 'Expert assessment done', assessedOn: 'Assessed on', assessor: 'Assessor', result: 'Result',
      planFiled: 'Emergency plan filed', cancelled: 'Cancelled', note: 'Note', assessment: 'Assessment',
      notAssessed: 'Not assessed', problems: 'Open problems', allAssessments: 'All', assessedOnly: 'Assessed',
      unassessedOnly: 'Not assessed', empty: 'No large events', remove: 'Delete',
      removeConfirm: 'Delete "{name}"? Only for events registered by mistake; mark a called-off event as cancelled.',
      removed: 'Deleted',
    },
  },
};
