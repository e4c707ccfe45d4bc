import { ConfigError, loadConfig, type AppConfig } from '../config.js';

/** Loads the configuration for a command-line entry point; on a ConfigError prints the readable list and returns undefined. */
export function loadCliConfig(env: NodeJS.ProcessEnv = process.env): AppConfig | undefined {
  try {
    return loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      return undefined;
    }
    throw err;
  }
}
