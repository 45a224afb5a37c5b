/**
 * A VFileMessage naming the file, the place and a rule id, so that a refused
 * seed is reported as `file:line:column: reason` and tests can match on `ruleId`.
 */
import { VFileMessage } from 'vfile-message';

export function locatedError(file: string, reason: string, ruleId: string, line?: number, column?: number): VFileMessage {
  const message = new VFileMessage(reason, {
    place: line === undefined ? undefined : { line, column: column ?? 1 },
    ruleId,
    source: 'ingest',
  });
  message.file = file;
  message.fatal = true;
  return message;
}
