import { defineContentScript } from 'wxt/utils/define-content-script';
import { blackboard } from '../src/sites/blackboard';
import { runContentScript } from '../src/content/run';

/** Blackboard Learn (Ultra and Original). */
export default defineContentScript({
  matches: blackboard.matches,
  runAt: 'document_idle',
  main: (ctx) => runContentScript(ctx, [blackboard]),
});
