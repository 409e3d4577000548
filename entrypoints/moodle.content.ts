import { defineContentScript } from 'wxt/utils/define-content-script';
import { moodle } from '../src/sites/moodle';
import { runContentScript } from '../src/content/run';

/** Moodle hosted on MoodleCloud (self-hosted Moodle is added by the librarian: see selfhosted.content.ts). */
export default defineContentScript({
  matches: moodle.matches,
  runAt: 'document_idle',
  main: (ctx) => runContentScript(ctx, [moodle]),
});
