/**
 * Prints a build or ingest failure for a person: located messages as
 * `file:line:column: reason`, anything else as its message, and returns the exit code.
 */
import { VFileMessage } from 'vfile-message';

export function reportFailure(error: unknown): number {
  const messages = error instanceof AggregateError ? error.errors : [error];
  for (const message of messages) {
    if (message instanceof VFileMessage) {
      const where = [message.file, message.line, message.column].filter((part) => part !== undefined && part !== '').join(':');
      console.error(`${where}: ${message.reason}`);
    } else {
      console.error(message instanceof Error ? message.message : String(message));
    }
  }
  return 1;
}
