/**
 * A located message as plain data, to cross from a child process (see
 * runInChildren.ts) to the build, and back into a VFileMessage there with the
 * same file, place, reason, rule and source.
 */
import { VFileMessage } from 'vfile-message';

export interface MessageData {
  reason: string;
  file?: string;
  line?: number;
  column?: number;
  ruleId?: string;
  source?: string;
  fatal?: boolean;
  /** The message of the error behind it, if any. */
  cause?: string;
}

/** The data of `message`. */
export function toMessageData(message: VFileMessage): MessageData {
  const { reason, file, line, column, ruleId, source, fatal, cause } = message;
  return {
    reason,
    ...(file === undefined ? {} : { file }),
    ...(line === undefined ? {} : { line, column }),
    ...(ruleId === undefined ? {} : { ruleId }),
    ...(source === undefined ? {} : { source }),
    ...(fatal === undefined || fatal === null ? {} : { fatal }),
    ...(cause === undefined ? {} : { cause: cause instanceof Error ? cause.message : String(cause) }),
  };
}

/** The message `data` describes. */
export function fromMessageData(data: MessageData): VFileMessage {
  const message = new VFileMessage(data.reason, {
    place: data.line === undefined ? undefined : { line: data.line, column: data.column ?? 1 },
    ruleId: data.ruleId,
    source: data.source,
    cause: data.cause === undefined ? undefined : new Error(data.cause),
  });
  if (data.file !== undefined) message.file = data.file;
  if (data.fatal !== undefined) message.fatal = data.fatal;
  return message;
}
