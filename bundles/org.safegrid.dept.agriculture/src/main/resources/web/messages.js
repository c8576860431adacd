// Texts of the agriculture module; the shell merges them under "agriculture": sg.t('agriculture.reservoir.title')
export default {
  'zh-CN': {
    title: '农服中心',
    common: {
      add: '新增', edit: '编辑', save: '保存', cancel: '取消', search: '查询', actions: '操作', saved: '已保存',
      loadFailed: '加载失败', invalid: '请检查标出的字段', required: '不能为空', tooLong: '不能超过 {max} 个字符',
      badPhone: '电话号码格式不正确', none: '无', all: '全部', yes: '是', no: '否', from: '开始日期', to: '结束日期',
    },
    kind: { SMALL_1: '小（1）型水库', SMALL_2: '小（2）型水库', POND: '山坪塘' },
    damType: { EARTH: '土坝', ROCKFILL: '堆石坝', MASONRY: '浆砌石坝', CONCRETE: '混凝土坝', OTHER: '其他' },
    dashboard: {
      flood: '汛期水库检查', inSeason: '汛期中（{season}）', offSeason: '非汛期（汛期 {season}）',
      interval: '汛期每 {days} 天至少检查一次', reservoirs: '水库山坪塘', overdue: '检查逾期',
      allGood: '所有水库均按期检查', open: '查看全部',
    },
    reservoir: {
      title: '水库山坪塘', add: '新增水库', addTitle: '新增水库山坪塘', editTitle: '编辑水库山坪塘',
      code: '编号', name: '名称', village: '村（社区）', kind: '类型', capacity: '库容（万立方米）', damType: '坝型',
      managingUnit: '管理单位', enterpriseId: '关联企业编号', responsible: '责任人', responsiblePhone: '责任人电话',
      note: '备注', lastInspectedOn: '最近检查', dueOn: '应检日期', overdue: '逾期', onlyOverdue: '仅看逾期',
      text: '名称或编号', empty: '暂无水库山坪塘', inspections: '汛期检查', stale: '该记录已被他人修改，已为您重新加载',
    },
    inspection: {
      title: '{name} 的汛期检查', add: '登记检查', inspectedOn: '检查日期', inspector: '检查人', passed: '检查结果',
      ok: '正常', failed: '发现问题', findings: '发现的问题', empty: '暂无检查记录',
      findingsRequired: '检查不合格时须写明发现的问题',
    },
  },
  en: {
    title: 'Agricultural Service Centre',
    common: {
      add: 'Add', edit: 'Edit', save: 'Save', cancel: 'Cancel', search: 'Search', actions: 'Actions', saved: 'Saved',
      loadFailed: 'Could not load', invalid: 'Please check the marked fields', required: 'is required',
      tooLong: 'must be at most {max} characters', badPhone: 'is not a valid phone number', none: 'none', all: 'All',
      yes: 'Yes', no: 'No', from: 'From', to: 'To',
    },
    kind: { SMALL_1: 'Small (1) reservoir', SMALL_2: 'Small (2) reservoir', POND: 'Pond' },
    damType: { EARTH: 'Earth', ROCKFILL: 'Rockfill', MASONRY: 'Masonry', CONCRETE: 'Concrete', OTHER: 'Other' },
    dashboard: {
      flood: 'Flood-season reservoir inspections', inSeason: 'Flood season ({season})',
      offSeason: 'Outside the flood season ({season})', interval: 'Inspect each at least every {days} days',
      reservoirs: 'Reservoirs and ponds', overdue: 'Overdue', allGood: 'Every reservoir is inspected on time',
      open: 'See all',
    },
    reservoir: {
      title: 'Reservoirs and ponds', add: 'Add reservoir', addTitle: 'New reservoir or pond',
      editTitle: 'Edit reservoir or pond', code: 'Code', name: 'Name', village: 'Village', kind: 'Kind',
      capacity: 'Capacity (10,000 m³)', damType: 'Dam type', managingUnit: 'Managing unit',
      enterpriseId: 'Enterprise id', responsible: 'Person responsible', responsiblePhone: 'Phone', note: 'Note',
      lastInspectedOn: 'Last inspected', dueOn: 'Due', overdue: 'Overdue', onlyOverdue: 'Overdue only',
      text: 'Name or code', empty: 'No reservoirs', inspections: 'Inspections',
      stale: 'Someone else changed this record; it was reloaded',
    },
    inspection: {
      title: 'Flood-season inspections of {name}', add: 'Record inspection', inspectedOn: 'Date',
      inspector: 'Inspector', passed: 'Result', ok: 'Passed', failed: 'Problems found', findings: 'Findings',
      empty: 'No inspections', findingsRequired: 'describe what was found when the inspection failed',
    },
  },
};
