// Texts of the city management module; the shell merges them under "citymgmt": sg.t('citymgmt.billboard.title')
export default {
  'zh-CN': {
    title: '城管大队',
    common: {
      add: '新增', edit: '编辑', save: '保存', cancel: '取消', actions: '操作', saved: '已保存', loadFailed: '加载失败',
      invalid: '请检查标出的字段', required: '不能为空', tooLong: '不能超过 {max} 个字符', badPhone: '电话号码格式不正确',
      none: '无',
    },
    kind: { WALL: '墙面广告', ROOFTOP: '屋顶广告', FREESTANDING: '落地（立柱）广告', SHOPFRONT: '店招店牌', OTHER: '其他' },
    dashboard: {
      billboards: '户外广告设施', overdue: '结构检测逾期', interval: '每 {days} 天至少检测一次结构安全',
      gas: '燃气报警装置不合格（近 {days} 天）', gasHint: '{days} 天内不合格 {threshold} 次即预警',
      restaurant: '餐饮场所', village: '村（社区）', failures: '不合格次数', last: '最近一次', noGas: '近期没有燃气报警装置不合格',
      open: '查看全部',
    },
    billboard: {
      title: '户外广告设施', add: '新增广告设施', addTitle: '新增户外广告设施', editTitle: '编辑户外广告设施',
      code: '编号', location: '设置位置', village: '村（社区）', kind: '类型', owner: '设置单位（人）',
      ownerPhone: '联系电话', enterpriseId: '关联企业编号', width: '宽（米）', height: '高（米）', area: '面积（㎡）',
      installedOn: '安装日期', lastCheckedOn: '最近结构检测', checkDueOn: '应检日期', overdue: '逾期',
      onlyOverdue: '仅看检测逾期', text: '编号、位置或设置单位', note: '备注', empty: '暂无户外广告设施',
      stale: '该记录已被他人修改，已为您重新加载',
    },
  },
  en: {
    title: 'City Management Brigade',
    common: {
      add: 'Add', edit: 'Edit', save: 'Save', cancel: 'Cancel', actions: 'Actions', saved: 'Saved',
      loadFailed: 'Could not load', invalid: 'Please check the marked fields', required: 'is required',
      tooLong: 'must be at most {max} characters', badPhone: 'is not a valid phone number', none: 'none',
    },
    kind: { WALL: 'Wall', ROOFTOP: 'Rooftop', FREESTANDING: 'Free-standing', SHOPFRONT: 'Shop sign', OTHER: 'Other' },
    dashboard: {
      billboards: 'Outdoor billboards', overdue: 'Structural check overdue',
      interval: 'Structure checked at least every {days} days', gas: 'Failed gas alarms (last {days} days)',
      gasHint: '{threshold} failures within {days} days raise an alert', restaurant: 'Restaurant', village: 'Village',
      failures: 'Failures', last: 'Latest', noGas: 'No failed gas alarms lately', open: 'See all',
    },
    billboard: {
      title: 'Outdoor billboards', add: 'Add billboard', addTitle: 'New outdoor billboard',
      editTitle: 'Edit outdoor billboard', code: 'Code', location: 'Location', village: 'Village', kind: 'Kind',
      owner: 'Owner', ownerPhone: 'Phone', enterpriseId: 'Enterprise id', width: 'Width (m)', height: 'Height (m)',
      area: 'Area (m²)', installedOn: 'Installed', lastCheckedOn: 'Last structural check', checkDueOn: 'Due',
      overdue: 'Overdue', onlyOverdue: 'Check overdue only', text: 'Code, location or owner', note: 'Note',
      empty: 'No billboards', stale: 'Someone else changed this record; it was reloaded',
    },
  },
};
