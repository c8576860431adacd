// What starts with a login and stops with a logout: the module list and the live events.
import { forgetModule, modules, refreshModules } from './modules.js';
import { startEvents, stopEvents } from './events.js';
import { refreshHealth } from './health.js';
import { forgetReference } from './reference-data.js';

function refreshAll() {
  refreshModules();
  refreshHealth();
}

export function startSession() {
  refreshAll();
  startEvents({
    onModules(change) {
      if (change?.module) forgetModule(change.module);
      refreshAll();
    },
    onReconnect: refreshAll,
  });
}

export function endSession() {
  stopEvents();
  forgetReference();
  modules.list = [];
  modules.loaded = false;
}
