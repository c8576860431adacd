// Texts of the economic module; the shell merges them under "economic": sg.t('economic.team.title')
export default {
  'zh-CN': {
    title: '经发办',
    common: {
      edit: '编辑', save: '保存', cancel: '取消', actions: '操作', saved: '已保存', loadFailed: '加载失败',
      invalid: '请检查标出的字段', required: '不能为空', tooLong: '不能超过 {max} 个字符',
      badPhone: '电话号码格式不正确', none: '无',
    },
    leaderTitles: { CHIEF_ENGINEER: '总工程师', TECHNICAL_DIRECTOR: '技术负责人' },
    coverage: {
      title: '规上企业总工程师团队', aboveScale: '规上企业', withTeam: '已组建团队', missing: '未组建',
      risk: '风险等级', addTeam: '登记团队', allCovered: '所有规上企业均已组建总工程师团队',
    },
    team: {
      title: '总工程师团队', add: '登记团队', addTitle: '登记总工程师团队', editTitle: '编辑总工程师团队',
      enterprise: '企业', village: '村（社区）', enterprisePlaceholder: '输入企业名称搜索规上企业',
      leader: '负责人', leaderTitle: '职务', leaderPhone: '负责人电话', establishedOn: '组建日期',
      members: '人数', membersTitle: '团队成员（不含负责人，至少 2 人）', memberName: '姓名', specialty: '专业',
      memberPhone: '电话（可选）', addMember: '添加成员', removeMember: '移除', note: '备注',
      empty: '暂无总工程师团队', remove: '删除', removeConfirm: '确定删除“{name}”的总工程师团队？',
      removed: '已删除', tooFew: '团队成员至少 2 人', oneEnterprise: '仅显示一家企业',
      hint: '十条措施第十条：大型企业组建总工程师（技术负责人）安全团队。未登记团队的规上企业每周提醒一次。',
    },
  },
  en: {
    common: {
      edit: 'Edit', save: 'Save', cancel: 'Cancel', actions: 'Actions', saved: 'Saved', loadFailed: 'Could not load',
      invalid: 'Please check the marked fields', required: 'is required', tooLong: 'must be at most {max} characters',
      badPhone: 'is not a valid phone number', none: 'none',
    },
    title: 'Economic Development Office',
    leaderTitles: { CHIEF_ENGINEER: 'Chief engineer', TECHNICAL_DIRECTOR: 'Technical director' },
    coverage: {
      title: 'Chief-engineer teams of above-scale enterprises', aboveScale: 'Above scale', withTeam: 'With a team',
      missing: 'Without', risk: 'Risk', addTeam: 'Record team',
      allCovered: 'Every above-scale enterprise has its chief-engineer team',
    },
    team: {
      title: 'Chief-engineer teams', add: 'Record team', addTitle: 'Record a chief-engineer team',
      editTitle: 'Edit chief-engineer team', enterprise: 'Enterprise', village: 'Village',
      enterprisePlaceholder: 'Type to search above-scale enterprises', leader: 'Leader', leaderTitle: 'Position',
      leaderPhone: 'Leader phone', establishedOn: 'Formed on', members: 'People',
      membersTitle: 'Members (besides the leader, at least 2)', memberName: 'Name', specialty: 'Specialty',
      memberPhone: 'Phone (optional)', addMember: 'Add member', removeMember: 'Remove', note: 'Note',
      empty: 'No chief-engineer teams', remove: 'Delete', removeConfirm: 'Delete the chief-engineer team of "{name}"?',
      removed: 'Deleted', tooFew: 'a team needs at least 2 members', oneEnterprise: 'One enterprise only',
      hint: 'Measure 10: large enterprises form a chief-engineer (technical director) safety team. Above-scale '
        + 'enterprises without one are reminded weekly.',
    },
  },
};
