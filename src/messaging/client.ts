import { browser } from 'wxt/browser';
import type { Request, RequestType } from './protocol';
import type { ErrorResponse, ResponseMap } from './responses';

/** Sends a typed request to the background and returns its typed answer (throws on an error answer). */
export async function send<T extends RequestType>(request: Extract<Request, { type: T }>): Promise<ResponseMap[T]> {
  const answer = (await browser.runtime.sendMessage(request)) as ResponseMap[T] | ErrorResponse | undefined;
  if (answer && typeof answer === 'object' && 'error' in answer) throw new Error(answer.error);
  return answer as ResponseMap[T];
}
