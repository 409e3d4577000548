/**
 * The suggestion panel's iframe, shared by the LMS and calendar content
 * scripts: an extension page (cross-origin to the page, so page scripts cannot
 * read it) fixed at the bottom right, sized by the panel through the background.
 */
import { browser } from 'wxt/browser';
import type { ToContent } from '../messaging/protocol';

const WIDTH = { collapsed: 340, expanded: 400 };
export const COLLAPSED_HEIGHT = 52;
export const FRAME_ID = 'library-liaison-panel';

/** A new panel frame, appended to <html> (not <body>: page watchers observe the body and must not wake up for it). */
export function mountPanelFrame(): HTMLIFrameElement {
  const f = document.createElement('iframe');
  f.id = FRAME_ID;
  f.src = browser.runtime.getURL('/panel.html');
  // The frame's name, in the librarian's language (WXT types getMessage from public/_locales, which holds no English file).
  f.title = (browser.i18n.getMessage as (key: string) => string)('panelLandmark') || 'Library Liaison suggestions';
  f.setAttribute('allow', 'clipboard-write');
  f.style.cssText = `position:fixed;right:12px;bottom:12px;z-index:2147483646;border:0;width:${WIDTH.collapsed}px;height:${COLLAPSED_HEIGHT}px;background:transparent;color-scheme:normal;display:block;`;
  document.documentElement.append(f);
  return f;
}

/** Applies a `panel:resize` from the panel (via the background); true when the message was one. */
export function resizePanelFrame(frame: HTMLIFrameElement, m: ToContent): boolean {
  if (m.type !== 'panel:resize' || typeof m.height !== 'number') return false;
  frame.style.display = m.height > 0 ? 'block' : 'none';
  frame.style.width = `${m.expanded ? WIDTH.expanded : WIDTH.collapsed}px`;
  frame.style.height = `${Math.min(m.height, window.innerHeight - 24)}px`;
  return true;
}
