// Every page of a query, collected: how both adapters answer queryAll.
import type { Page } from './port.js';

export async function collectPages<R>(next: (continuation: string | undefined) => Promise<Page<R>>): Promise<R[]> {
  const all: R[] = [];
  let continuation: string | undefined;
  do {
    const page = await next(continuation);
    all.push(...page.items);
    continuation = page.continuation;
  } while (continuation);
  return all;
}
