import { defineContentScript } from 'wxt/utils/define-content-script';
import { brightspace } from '../src/sites/brightspace';
import { runContentScript } from '../src/content/run';

/** Brightspace (D2L). */
export default defineContentScript({
  matches: brightspace.matches,
  runAt: 'document_idle',
  main: (ctx) => runContentScript(ctx, [brightspace]),
});
