import pino, { type Logger } from 'pino';

export type { Logger };

/** Structured logs to stderr, so stdout stays free for CLI output (JSON contracts). Secrets are redacted. */
export function createLogger(level = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino(
    {
      level,
      base: undefined,
      redact: {
        paths: [
          'token',
          '*.token',
          'apiKey',
          '*.apiKey',
          'authorization',
          '*.authorization',
          'headers.authorization',
          'signingSecret',
          '*.signingSecret',
          'appToken',
          '*.appToken',
        ],
        censor: '[redacted]',
      },
    },
    pino.destination(2),
  );
}

export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
