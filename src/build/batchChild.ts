/**
 * One batch of a build stage in a process of its own (see runInChildren.ts):
 * takes its input from the first IPC message, calls the named function of the
 * named module with it, sends back the result (or the error) and ends.
 * Usage: node --import tsx batchChild.ts MODULE FUNCTION (with an IPC channel).
 */
const [modulePath, exportName] = process.argv.slice(2);

process.once('message', async (input: unknown) => {
  const send = process.send?.bind(process);
  if (send === undefined || modulePath === undefined || exportName === undefined) throw new Error('usage: batchChild.ts MODULE FUNCTION, started with an IPC channel');
  try {
    const exports = (await import(modulePath)) as Record<string, (input: unknown) => unknown>;
    const run = exports[exportName];
    if (typeof run !== 'function') throw new Error(`${modulePath} exports no function ${exportName}`);
    const result = await run(input);
    send({ result }, () => process.exit(0));
  } catch (error) {
    send({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) }, () => process.exit(1));
  }
});
