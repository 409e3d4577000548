import { defineContentScript } from 'wxt/utils/define-content-script';
import { canvas } from '../src/sites/canvas';
import { moodle } from '../src/sites/moodle';
import { brightspace } from '../src/sites/brightspace';
import { blackboard } from '../src/sites/blackboard';
import { runContentScript } from '../src/content/run';

/**
 * Sites the librarian adds herself (a district's Moodle, Canvas on its own
 * domain). Not in the manifest: registered at run time for each host she grants
 * (src/background/sites.ts). The LMS is recognised from the page itself, among
 * the systems a district can host on its own domain (Schoology lives only under
 * *.schoology.com, which has its own script); anything else gets the generic reading.
 */
export default defineContentScript({
  matches: [],
  registration: 'runtime',
  runAt: 'document_idle',
  main: (ctx) => runContentScript(ctx, [moodle, canvas, brightspace, blackboard]),
});
