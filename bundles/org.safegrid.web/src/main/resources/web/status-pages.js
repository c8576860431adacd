// Whole-page answers: 「模块不可用」, 「无权限」 and 「页面不存在」.
import { t } from './i18n.js';
import { navigate } from './router.js';

function statusPage(name, icon, titleKey, detailKey, testid) {
  return {
    name,
    props: { retry: { type: Function, default: null } },
    setup(props) {
      return { t, icon, titleKey, detailKey, testid, props, home: () => navigate('/') };
    },
    template: `
      <el-card shadow="never" class="sg-status-page" :data-testid="testid">
        <el-result :icon="icon" :title="t(titleKey)" :sub-title="t(detailKey)">
          <template #extra>
            <el-button v-if="props.retry" @click="props.retry()">{{ t('common.retry') }}</el-button>
            <el-button type="primary" @click="home">{{ t('common.backHome') }}</el-button>
          </template>
        </el-result>
      </el-card>`,
  };
}

export const ModuleUnavailable = statusPage(
  'ModuleUnavailable', 'warning', 'module.unavailable', 'module.unavailableDetail', 'module-unavailable');
export const Forbidden = statusPage('Forbidden', 'error', 'errors.forbidden', 'errors.forbiddenDetail', 'forbidden');
export const NotFound = statusPage('NotFound', 'info', 'errors.notFound', 'errors.notFoundDetail', 'not-found');
