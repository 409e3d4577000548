import { defineContentScript } from 'wxt/utils/define-content-script';
import { googleCalendar } from '../src/sites/google-calendar';
import { outlook } from '../src/sites/outlook';
import { runContentScript } from '../src/content/run';

/** Google Calendar and Outlook on the web. */
export default defineContentScript({
  matches: [...googleCalendar.matches, ...outlook.matches],
  runAt: 'document_idle',
  main: (ctx) => runContentScript(ctx, [googleCalendar, outlook]),
});
