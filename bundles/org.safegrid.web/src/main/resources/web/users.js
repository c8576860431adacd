// #/admin/users (role admin): the user table, with create, edit, password reset and delete.
import { computed, onMounted, reactive } from 'vue';
import { ElMessageBox } from 'element-plus';
import { request } from './api.js';
import { t } from './i18n.js';
import { errorText } from './forms.js';
import { roleLabel, roleType } from './roles.js';
import { session } from './session.js';
import { notify } from './sg.js';
import UserDialog from './user-dialog.js';
import PasswordDialog from './password-dialog.js';
import { Forbidden } from './status-pages.js';

export default {
  name: 'UsersPage',
  components: { UserDialog, PasswordDialog, Forbidden },
  setup() {
    const state = reactive({ users: [], loading: false, forbidden: false, query: '' });
    const dialog = reactive({ open: false, user: null });
    const password = reactive({ open: false, username: '' });

    async function load() {
      state.loading = true;
      try {
        state.users = (await request('/api/users')) ?? [];
      } catch (e) {
        state.forbidden = e.status === 403;
        if (errorText(e)) notify('error', errorText(e));
      } finally {
        state.loading = false;
      }
    }
    onMounted(load);

    const shown = computed(() => {
      const q = state.query.trim().toLowerCase();
      const all = [...state.users].sort((a, b) => a.username.localeCompare(b.username));
      if (!q) return all;
      return all.filter((u) => u.username.toLowerCase().includes(q) || (u.displayName ?? '').toLowerCase().includes(q));
    });
    const knownRoles = computed(() => state.users.flatMap((u) => u.roles ?? []));
    const isSelf = (u) => u.username === session.user?.username;

    function create() {
      dialog.user = null;
      dialog.open = true;
    }
    function edit(u) {
      dialog.user = u;
      dialog.open = true;
    }
    function resetPassword(u) {
      password.username = u.username;
      password.open = true;
    }
    async function remove(u) {
      try {
        await ElMessageBox.confirm(t('users.confirmDelete', { name: u.username }), t('common.warning'), {
          type: 'warning',
          confirmButtonText: t('users.delete'),
          cancelButtonText: t('common.cancel'),
          confirmButtonClass: 'el-button--danger',
        });
      } catch {
        return; // cancelled
      }
      try {
        await request(`/api/users/${encodeURIComponent(u.username)}`, { method: 'DELETE' });
        notify('success', t('users.deleted', { name: u.username }));
        await load();
      } catch (e) {
        if (errorText(e)) notify('error', errorText(e));
      }
    }

    return { state, dialog, password, shown, knownRoles, isSelf, load, create, edit, resetPassword, remove, t, roleLabel, roleType };
  },
  template: `
    <Forbidden v-if="state.forbidden" />
    <el-card v-else shadow="never" class="sg-section" data-testid="users-page">
      <template #header>
        <div class="sg-card-header sg-wrap">
          <div>
            <span class="sg-card-title">{{ t('users.title') }}</span>
            <span class="sg-muted sg-subtitle">{{ t('users.subtitle') }} · {{ t('users.count', { count: state.users.length }) }}</span>
          </div>
          <div class="sg-toolbar">
            <el-input v-model="state.query" :placeholder="t('users.search')" clearable prefix-icon="Search"
                      class="sg-search" data-testid="users-search" />
            <el-button type="primary" icon="Plus" data-testid="user-create" @click="create">{{ t('users.create') }}</el-button>
          </div>
        </div>
      </template>
      <el-table :data="shown" v-loading="state.loading" stripe border row-key="username" :empty-text="t('users.empty')"
                data-testid="users-table">
        <el-table-column :label="t('users.username')" prop="username" min-width="140">
          <template #default="{ row }">
            <span :data-testid="'user-row-' + row.username">{{ row.username }}</span>
            <el-tag v-if="isSelf(row)" size="small" effect="plain" class="sg-self-tag">{{ t('users.self') }}</el-tag>
          </template>
        </el-table-column>
        <el-table-column :label="t('users.displayName')" prop="displayName" min-width="120" />
        <el-table-column :label="t('users.roles')" min-width="220">
          <template #default="{ row }">
            <el-tag v-for="r in row.roles" :key="r" :type="roleType(r)" size="small" effect="plain" class="sg-role-tag"
                    :title="r">{{ roleLabel(r) }}</el-tag>
          </template>
        </el-table-column>
        <el-table-column :label="t('users.enabled')" width="100" align="center">
          <template #default="{ row }">
            <el-tag :type="row.enabled ? 'success' : 'info'" size="small">
              {{ row.enabled ? t('users.enabledOn') : t('users.enabledOff') }}
            </el-tag>
          </template>
        </el-table-column>
        <el-table-column :label="t('users.actions')" width="260" fixed="right">
          <template #default="{ row }">
            <el-button link type="primary" :data-testid="'user-edit-' + row.username" @click="edit(row)">{{ t('users.edit') }}</el-button>
            <el-button link type="warning" :data-testid="'user-password-' + row.username" @click="resetPassword(row)">{{ t('users.resetPassword') }}</el-button>
            <el-button link type="danger" :disabled="isSelf(row)" :data-testid="'user-delete-' + row.username" @click="remove(row)">{{ t('users.delete') }}</el-button>
          </template>
        </el-table-column>
      </el-table>
      <UserDialog v-model="dialog.open" :user="dialog.user" :known-roles="knownRoles" @saved="load" />
      <PasswordDialog v-model="password.open" :username="password.username || '-'" />
    </el-card>`,
};
