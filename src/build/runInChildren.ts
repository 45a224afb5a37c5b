/**
 * Runs a stage of the build over batches of work in child processes, as many at
 * once as the machine has cores, one fresh process per batch: the stage uses
 * every core, and the memory a batch takes is given back when its process ends,
 * so that the build's memory does not grow with the archive. Each batch is a call
 * of one exported function of a module (see batchChild.ts); its input and result
 * cross the process boundary by V8's structured serialisation (plain data only).
 */
import { fork, type Serializable } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';

export interface ChildTask {
  /** The module that exports the function, as an absolute path. */
  module: string;
  /** The name of the exported function: `(input) => result` or a promise of it. */
  name: string;
  /** The child processes' name, as `ps` and the benchmark's memory report show it. */
  title: string;
}

export interface RunOptions<Result> {
  /** Called with each batch's result in batch order, as soon as it and every batch before it are done. */
  onResult: (result: Result, batch: number) => void;
  /** How many batches run at once (default: the machine's cores). */
  parallel?: number;
}

const CHILD = resolve(import.meta.dirname, 'batchChild.ts');

/** Runs `task` once per input of `batches`, in child processes; rejects with the first batch that fails. */
export async function runInChildren<Input, Result>(task: ChildTask, batches: readonly Input[], { onResult, parallel = availableParallelism() }: RunOptions<Result>): Promise<void> {
  const done = new Map<number, Result>();
  let delivered = 0;
  let next = 0;
  const deliver = (): void => {
    while (done.has(delivered)) {
      const result = done.get(delivered) as Result;
      done.delete(delivered);
      onResult(result, delivered);
      delivered += 1;
    }
  };
  // After a failure no batch starts, and the ones under way are not delivered.
  let failed = false;
  const worker = async (): Promise<void> => {
    while (!failed && next < batches.length) {
      const batch = next++;
      try {
        const result = await runBatch<Result>(task, batches[batch]);
        if (failed) return;
        done.set(batch, result);
        deliver();
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(parallel, batches.length)) }, worker));
}

/** Size of the batches that split `count` items evenly into a multiple of `parallel` batches of at most `most` items. */
export function batchSize(count: number, most: number, parallel = availableParallelism()): number {
  const rounds = Math.max(1, Math.ceil(count / (most * parallel)));
  return Math.max(1, Math.ceil(count / (rounds * parallel)));
}

/** Splits `items` into batches of `size`. */
export function inBatches<Item>(items: readonly Item[], size: number): Item[][] {
  const batches: Item[][] = [];
  for (let start = 0; start < items.length; start += size) batches.push(items.slice(start, start + size));
  return batches;
}

/** One batch in one child process: its result, or a rejection with the child's error. */
function runBatch<Result>(task: ChildTask, input: unknown): Promise<Result> {
  return new Promise((resolvePromise, reject) => {
    const child = fork(CHILD, [task.module, task.name], {
      execArgv: [`--title=${task.title}`, '--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      // JSON would send a string of the result's text; V8's serialisation copies the values as they are.
      serialization: 'advanced',
    });
    let reply: { result: Result } | { error: string } | undefined;
    child.on('message', (message: { result: Result } | { error: string }) => (reply = message));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (reply !== undefined && 'result' in reply && code === 0) resolvePromise(reply.result);
      else reject(new Error(`${task.title}: ${reply !== undefined && 'error' in reply ? reply.error : `the process stopped (${signal ?? `exit ${code}`})`}`));
    });
    child.send(input as Serializable);
  });
}
