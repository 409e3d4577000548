/**
 * Context menus: log an idea about the page you are on, save a link as a
 * library resource, or save selected text as a note for someone. Each opens an
 * extension page prefilled through its URL; the page itself writes nothing
 * until the librarian saves.
 */
import { browser, type Browser } from 'wxt/browser';
import type { TabMatch } from '../messaging/responses';
import { t } from '../ui/i18n';

export const MENU_LOG_PAGE = 'log-page';
export const MENU_SAVE_LINK = 'save-link';
export const MENU_SAVE_SELECTION = 'save-selection';

/** Longest note taken from a selection: enough for a paragraph, short enough for a URL. */
export const SELECTION_NOTE_MAX = 2000;

/** What the menus need from the background service: the unit matched on a tab, if any. */
export interface MenuDeps {
  tabMatch: (tabId: number) => Promise<TabMatch | null>;
}

const POPUP_WINDOW = { type: 'popup', width: 420, height: 640 } as const;

export function setupContextMenus(): void {
  browser.contextMenus.removeAll().then(() => {
    browser.contextMenus.create({ id: MENU_LOG_PAGE, title: t('menuLogPage'), contexts: ['page', 'selection'] });
    browser.contextMenus.create({ id: MENU_SAVE_SELECTION, title: t('menuSaveSelection'), contexts: ['selection'] });
    browser.contextMenus.create({ id: MENU_SAVE_LINK, title: t('menuSaveLink'), contexts: ['link'] });
  }, () => undefined);
}

/**
 * Selected page text as a note: plain text (control characters dropped, runs of
 * spaces and blank lines collapsed), trimmed, and cut at a word before `max`
 * characters with an ellipsis.
 */
export function selectionNote(text: string, max = SELECTION_NOTE_MAX): string {
  const clean = text
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b\ufeff]/g, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.search(/\s\S*$/);
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

export async function onContextMenuClick(info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab, deps?: MenuDeps): Promise<void> {
  if (info.menuItemId === MENU_LOG_PAGE) {
    const params = new URLSearchParams();
    if (tab?.id !== undefined) params.set('tab', String(tab.id));
    if (info.selectionText) params.set('text', selectionNote(info.selectionText));
    await browser.windows.create({ url: browser.runtime.getURL(`/popup.html?${params}`), ...POPUP_WINDOW });
  } else if (info.menuItemId === MENU_SAVE_SELECTION && info.selectionText) {
    // The page's unit when it matched one; the people are left for the librarian to pick ("a note for…").
    const match = tab?.id !== undefined && deps ? await deps.tabMatch(tab.id).catch(() => null) : null;
    const params = new URLSearchParams({ contacts: '', text: selectionNote(info.selectionText) });
    if (match?.unitId !== undefined) params.set('unit', String(match.unitId));
    await browser.windows.create({ url: browser.runtime.getURL(`/popup.html?${params}`), ...POPUP_WINDOW });
  } else if (info.menuItemId === MENU_SAVE_LINK && info.linkUrl) {
    const params = new URLSearchParams({ url: info.linkUrl, title: (info.selectionText ?? '').slice(0, 300) });
    await browser.tabs.create({ url: browser.runtime.getURL(`/options.html#/resources/new?${params}`) });
  }
}
