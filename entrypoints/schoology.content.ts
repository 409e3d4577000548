import { defineContentScript } from 'wxt/utils/define-content-script';
import { schoology } from '../src/sites/schoology';
import { runContentScript } from '../src/content/run';

/** Schoology. */
export default defineContentScript({
  matches: schoology.matches,
  runAt: 'document_idle',
  main: (ctx) => runContentScript(ctx, [schoology]),
});
