// One question to a child process over its IPC channel and the first message that answers it:
// the bench's children (the bots, the Cosmos DB wire server) also send other messages meanwhile.

import type { ChildProcess } from 'node:child_process';

/** Sends `question` and resolves with the first message `answers` accepts. */
export function ask<M>(child: ChildProcess, question: unknown, answers: (message: M) => boolean): Promise<M> {
  return new Promise<M>((resolve) => {
    const onMessage = (message: M) => {
      if (!answers(message)) return;
      child.off('message', onMessage);
      resolve(message);
    };
    child.on('message', onMessage);
    child.send(question as object);
  });
}
