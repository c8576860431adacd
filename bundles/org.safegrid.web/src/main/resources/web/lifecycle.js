// What starts with a login and stops with a logout: the module list, the live events and the inbox counts.
import { forgetModule, modules, refreshModules } from './modules.js';
import { startEvents, stopEvents } from './events.js';
import { refreshHealth } from './health.js';
import { forgetReference } from './reference-data.js';
import { refreshInbox, startInbox, stopInbox } from './inbox-state.js';

function refreshAll() {
  refreshModules();
  refreshHealth();
  refreshInbox();
}

export function startSession() {
  refreshAll();
  startInbox();
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
  stopInbox();
  forgetReference();
  modules.list = [];
  modules.loaded = false;
}
