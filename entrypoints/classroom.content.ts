import { defineContentScript } from 'wxt/utils/define-content-script';
import { classroom } from '../src/sites/classroom';
import { runContentScript } from '../src/content/run';

/** Google Classroom. */
export default defineContentScript({
  matches: classroom.matches,
  runAt: 'document_idle',
  main: (ctx) => runContentScript(ctx, [classroom]),
});
