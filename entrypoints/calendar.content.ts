import { defineContentScript } from 'wxt/utils/define-content-script';
import { googleCalendar } from '../src/sites/google-calendar';
import { outlook } from '../src/sites/outlook';
import { googleChips, outlookChips } from '../src/content/calendar-chips';
import { runCalendar } from '../src/content/calendar';

/** Google Calendar and Outlook on the web: the panel for an open event, and the week view's marks. */
export default defineContentScript({
  matches: [...googleCalendar.matches, ...outlook.matches],
  runAt: 'document_idle',
  main: (ctx) => runCalendar(ctx, [googleCalendar, outlook], [googleChips, outlookChips]),
});
