// The flags of an enterprise as small tags (规上企业, 重大危险源, 火灾高危, 特种设备).
import { FLAGS, flagLabel } from './enterprise-terms.js';

const TYPE = { ABOVE_SCALE: 'primary', MAJOR_HAZARD_SOURCE: 'danger', HIGH_FIRE_RISK: 'warning', SPECIAL_EQUIPMENT: 'info' };

export default {
  name: 'EnterpriseTags',
  props: { flags: { type: Array, default: () => [] } },
  setup(props) {
    // in a fixed order, whatever order the server sent
    const sorted = () => FLAGS.filter((f) => (props.flags ?? []).includes(f));
    return { sorted, flagLabel, TYPE };
  },
  template: `
    <span class="sg-flag-tags">
      <el-tag v-for="f in sorted()" :key="f" :type="TYPE[f]" size="small" effect="plain" disable-transitions
              class="sg-flag-tag">{{ flagLabel(f) }}</el-tag>
    </span>`,
};
