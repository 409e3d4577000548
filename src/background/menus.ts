/**
 * Context menus: log an idea about the page you are on, or save a link as a
 * library resource. Both open an extension page prefilled through its URL; the
 * page itself writes nothing until the librarian saves.
 */
import { browser, type Browser } from 'wxt/browser';

export const MENU_LOG_PAGE = 'log-page';
export const MENU_SAVE_LINK = 'save-link';

export function setupContextMenus(): void {
  browser.contextMenus.removeAll().then(() => {
    browser.contextMenus.create({ id: MENU_LOG_PAGE, title: 'Log an idea about this page', contexts: ['page', 'selection'] });
    browser.contextMenus.create({ id: MENU_SAVE_LINK, title: 'Save link as library resource', contexts: ['link'] });
  }, () => undefined);
}

export async function onContextMenuClick(info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab): Promise<void> {
  if (info.menuItemId === MENU_LOG_PAGE) {
    const params = new URLSearchParams();
    if (tab?.id !== undefined) params.set('tab', String(tab.id));
    if (info.selectionText) params.set('text', info.selectionText.slice(0, 2000));
    await browser.windows.create({ url: browser.runtime.getURL(`/popup.html?${params}`), type: 'popup', width: 420, height: 640 });
  } else if (info.menuItemId === MENU_SAVE_LINK && info.linkUrl) {
    const params = new URLSearchParams({ url: info.linkUrl, title: (info.selectionText ?? '').slice(0, 300) });
    await browser.tabs.create({ url: browser.runtime.getURL(`/options.html#/resources/new?${params}`) });
  }
}
