// GET /api/health (public): platform version and the deployed modules with their schema versions.
import { reactive } from 'vue';
import { request } from './api.js';

export const health = reactive({ info: null, error: null, loading: false });

export async function refreshHealth() {
  health.loading = true;
  try {
    health.info = await request('/api/health', { auth: false });
    health.error = null;
  } catch (error) {
    // 503 (not ready) still answers with a body worth showing
    health.info = error.status === 503 && error.details ? { status: 'DOWN', ...error.details } : null;
    health.error = error;
  } finally {
    health.loading = false;
  }
}
