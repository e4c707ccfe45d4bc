// What every command-line entry point shares: argument parsing with Chinese messages, the configuration, the logger,
// and one mapping from failures to exit codes (0 done, 1 failed, 2 bad arguments or configuration).
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ConfigError, loadConfig, type AppConfig, type LoadConfigOptions } from '../config.js';
import { createLogger, type Logger } from '../logger.js';
import { InputTooLargeError } from '../io/boundedRead.js';

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
/** Bad arguments, bad input or a bad configuration: the message says what to change. */
export const EXIT_USAGE = 2;

/** A mistake in the command line or its input: the message (and the usage) is enough, no stack trace. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** node:util's messages name the option in quotes, e.g. "Unknown option '--foo'". */
function quotedName(message: string): string {
  return /'([^']+)'/.exec(message)?.[1]?.replace(/ <value>$/, '') ?? '';
}

/** The parser's English error as one line of Chinese naming the argument. */
export function describeArgsError(err: Error & { code?: string }): string {
  const name = quotedName(err.message);
  switch (err.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `未知参数：${name}`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `多余的参数：${name}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      if (/does not take an argument/.test(err.message)) return `参数 ${name} 不带值`;
      if (/ambiguous/.test(err.message)) return `参数 ${name} 后面需要一个值（以 - 开头的值请写成 ${name}=值）`;
      return `参数 ${name} 后面需要一个值`;
    default:
      return `参数有误：${err.message}`;
  }
}

/** `parseArgs` over the process arguments (strict: unknown flags are refused) that throws UsageError in Chinese. */
export function parseCliArgs<T extends ParseArgsConfig>(config: T, args = process.argv.slice(2)): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs<T>({ ...config, args, strict: true });
  } catch (err) {
    if (err instanceof TypeError && 'code' in err) throw new UsageError(describeArgsError(err as TypeError & { code: string }));
    throw err;
  }
}

/** An integer option within bounds, or a UsageError naming the flag. */
export function integerOption(flag: string, raw: string | undefined, min: number, max: number): number | undefined {
  if (raw === undefined) return undefined;
  const value = /^\d+$/.test(raw.trim()) ? Number(raw) : NaN;
  if (!Number.isInteger(value) || value < min || value > max) throw new UsageError(`${flag} 需要 ${min} 到 ${max} 之间的整数，收到：${raw || '（空）'}`);
  return value;
}

/** The configuration of this entry point (throws ConfigError; `runCli` turns it into exit code 2). */
export function loadCliConfig(options: LoadConfigOptions & { env?: NodeJS.ProcessEnv } = {}): AppConfig {
  const { env = process.env, ...rest } = options;
  return loadConfig(env, rest);
}

/** Configuration plus a logger at its LOG_LEVEL. */
export function openCli(options: LoadConfigOptions = {}): { config: AppConfig; logger: Logger } {
  const config = loadCliConfig(options);
  return { config, logger: createLogger(config.LOG_LEVEL) };
}

export interface RunCliOptions {
  /** Printed after a usage error. */
  usage?: string;
  /** Prefix of an unexpected failure's message, e.g. 回答失败. */
  failure: string;
  /**
   * Exit as soon as main returns a code (keep-alive sockets of a model client must not keep a finished run alive);
   * a main that returns nothing leaves the process running (a server).
   */
  exitWhenDone?: boolean;
}

/** Runs an entry point's main: its number is the exit code; usage and configuration errors exit 2 with their message. */
export function runCli(main: () => Promise<number | void> | number | void, options: RunCliOptions): void {
  // An error thrown outside main's promise (a stream or timer callback) still ends as one line, never a stack trace.
  const fatal = (err: unknown): void => {
    process.stderr.write(`${options.failure}：${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(EXIT_FAILED);
  };
  process.on('uncaughtException', fatal);
  process.on('unhandledRejection', fatal);
  const finish = (code: number | void) => {
    if (code === undefined) return;
    if (options.exitWhenDone) process.exit(code);
    process.exitCode = code;
  };
  const fail = (err: unknown): number => {
    if (err instanceof UsageError) {
      process.stderr.write(`${err.message}\n${options.usage ? `${options.usage}\n` : ''}`);
      return EXIT_USAGE;
    }
    if (err instanceof ConfigError || err instanceof InputTooLargeError) {
      process.stderr.write(`${err.message}\n`);
      return EXIT_USAGE;
    }
    process.stderr.write(`${options.failure}：${err instanceof Error ? err.message : String(err)}\n`);
    return EXIT_FAILED;
  };
  let result: ReturnType<typeof main>;
  try {
    result = main();
  } catch (err) {
    finish(fail(err));
    return;
  }
  Promise.resolve(result).then(finish, (err: unknown) => finish(fail(err)));
}
