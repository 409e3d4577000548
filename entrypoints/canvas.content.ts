import { defineContentScript } from 'wxt/utils/define-content-script';
import { canvas } from '../src/sites/canvas';
import { runContentScript } from '../src/content/run';

/** Canvas (hosted at *.instructure.com). */
export default defineContentScript({
  matches: canvas.matches,
  runAt: 'document_idle',
  main: (ctx) => runContentScript(ctx, [canvas]),
});
