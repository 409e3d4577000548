import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { getDb } from '../../src/db/schema';
import { createService, DIGEST_NOTIFICATION } from '../../src/background/service';
import { getSettings } from '../../src/db/settings';
import { syncContentScripts } from '../../src/background/sites';
import { setupContextMenus, onContextMenuClick } from '../../src/background/menus';
import type { TabMatch } from '../../src/messaging/responses';

// Thin wiring: every listener is registered synchronously, at the top, so that an
// event that wakes the service worker is never missed.
export default defineBackground(() => {
  const db = getDb();
  const service = createService({ db, now: () => new Date() });

  browser.runtime.onMessage.addListener(service.onMessage);
  browser.alarms.onAlarm.addListener((alarm) => void service.onAlarm(alarm));
  browser.tabs.onRemoved.addListener((tabId) => void service.onTabRemoved(tabId));
  // A tab that navigates away forgets its page: the content script of the new page, if any, sends a fresh reading.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.url) void service.onTabNavigated(tabId, change.url);
  });
  browser.contextMenus.onClicked.addListener(
    (info, tab) => void onContextMenuClick(info, tab, { tabMatch: (tabId) => service.handle({ type: 'tab:match', tabId }, {}) as Promise<TabMatch | null> }),
  );
  // A click on the daily digest opens the popup's Today view in a tab (opening the popup itself is not possible everywhere).
  browser.notifications.onClicked.addListener((id) => {
    if (id === DIGEST_NOTIFICATION) void browser.tabs.create({ url: browser.runtime.getURL('/popup.html') });
  });
  browser.runtime.onInstalled.addListener(() => {
    setupContextMenus();
    void getSettings(db).then(syncContentScripts);
  });
  browser.runtime.onStartup.addListener(() => void getSettings(db).then(syncContentScripts));

  void service.start();
});
