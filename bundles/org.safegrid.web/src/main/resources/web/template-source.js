// A template's source and state as tags: 部门内置 (contributed by a department module, read-only) or 自定义 (custom),
// and 停用 when it is no longer due in new periods.
import { t } from './i18n.js';

export default {
  name: 'TemplateSource',
  props: { template: { type: Object, required: true } },
  setup(props) {
    return { props, t };
  },
  template: `
    <span class="sg-flag-tags">
      <el-tag v-if="props.template.source === 'contributed'" type="info" size="small" effect="plain" class="sg-flag-tag"
              :data-testid="'template-contributed-' + props.template.code">{{ t('template.contributed') }}</el-tag>
      <el-tag v-else type="primary" size="small" effect="plain" class="sg-flag-tag">{{ t('template.custom') }}</el-tag>
      <el-tag v-if="!props.template.active" type="warning" size="small" class="sg-flag-tag">{{ t('template.inactive') }}</el-tag>
    </span>`,
};
