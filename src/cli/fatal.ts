// Last guard of every command-line entry point: whatever escapes is one Chinese line on stderr, never a stack trace.

/** Installs process-wide handlers so an error thrown outside main()'s promise (a stream, a timer) still ends cleanly. */
export function exitCleanlyOnFatalError(what: string): void {
  const fail = (err: unknown): void => {
    process.stderr.write(`${what}：${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  };
  process.on('uncaughtException', fail);
  process.on('unhandledRejection', fail);
}
