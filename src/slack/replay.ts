// Replay protection in front of Bolt's HTTP receiver. Bolt 5.1 rejects only timestamps older than five minutes and
// handles a request as often as it is sent; here a request dated more than the window away from now in either
// direction gets 401, and a signed request seen before (same signature, so same timestamp and body) is acked, not
// handled again.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { HTTPReceiver } from '@slack/bolt';
import type { Logger } from '../logger.js';
import { InputTooLargeError, readStreamBounded } from '../io/boundedRead.js';

export interface ReplayGuardOptions {
  /** Largest allowed |now − X-Slack-Request-Timestamp|; Slack's documented window is five minutes. */
  windowSeconds: number;
  /** Request body limit (Bolt's default is 4 MB); larger bodies get 413. */
  bodyLimitBytes: number;
  /** Signatures remembered at most (oldest dropped first), so a flood cannot grow memory without bound. */
  maxRemembered: number;
  endpoints: string[];
  now: () => number;
}

export const DEFAULT_REPLAY_GUARD: ReplayGuardOptions = {
  windowSeconds: 300,
  bodyLimitBytes: 4 * 1024 * 1024,
  maxRemembered: 100_000,
  endpoints: ['/slack/events'],
  now: Date.now,
};

/** Signatures seen inside the window; an entry expires once its timestamp is out of the window anyway. */
export class SeenSignatures {
  private readonly expiresAt = new Map<string, number>();

  constructor(private readonly maxEntries: number) {}

  /** True when `signature` was recorded before and has not expired; records it otherwise. */
  seenBefore(signature: string, expiresAtMs: number, nowMs: number): boolean {
    for (const [sig, at] of this.expiresAt) {
      if (at > nowMs && this.expiresAt.size < this.maxEntries) break;
      this.expiresAt.delete(sig);
    }
    const at = this.expiresAt.get(signature);
    if (at !== undefined && at > nowMs) return true;
    this.expiresAt.set(signature, expiresAtMs);
    return false;
  }
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return typeof value === 'string' ? value : undefined;
}

function validSignature(secret: string, timestamp: string, body: Buffer, signature: string): boolean {
  const expected = Buffer.from(`v0=${createHmac('sha256', secret).update(`v0:${timestamp}:`).update(body).digest('hex')}`);
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function reply(res: ServerResponse, status: number): void {
  res.writeHead(status).end();
}

/**
 * Wraps the receiver's request listener: reads the body (bounded), rejects timestamps outside the window (401),
 * acks a replay of a correctly signed request with an empty 200, and hands everything else to Bolt, which verifies
 * the signature itself from the body read here.
 */
export function guardAgainstReplays(receiver: HTTPReceiver, secret: string, logger: Logger, options: Partial<ReplayGuardOptions> = {}): void {
  const opts = { ...DEFAULT_REPLAY_GUARD, ...options };
  const seen = new SeenSignatures(opts.maxRemembered);
  const boltListener: RequestListener = receiver.requestListener;
  const guarded = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (req.method !== 'POST' || !opts.endpoints.includes(path)) return void boltListener(req, res);
    let body: Buffer;
    try {
      body = await readStreamBounded(req, opts.bodyLimitBytes, 'Slack 请求');
    } catch (err) {
      logger.warn({ err: (err as Error).message }, 'Slack request body not read');
      return reply(res, err instanceof InputTooLargeError ? 413 : 400);
    }
    // Bolt reads a request whose rawBody is already set as is (bufferIncomingMessage).
    (req as IncomingMessage & { rawBody?: Buffer }).rawBody = body;
    const timestamp = header(req, 'x-slack-request-timestamp');
    const signature = header(req, 'x-slack-signature');
    // Without the headers (Slack's ssl_check) Bolt decides.
    if (timestamp === undefined || signature === undefined) return void boltListener(req, res);
    const nowMs = opts.now();
    const skew = Math.abs(nowMs / 1000 - Number(timestamp));
    if (!/^\d+$/.test(timestamp) || skew > opts.windowSeconds) {
      logger.warn({ timestamp, skewSeconds: Math.round(skew) }, 'Slack request timestamp outside the window; rejected');
      return reply(res, 401);
    }
    if (validSignature(secret, timestamp, body, signature)) {
      const expires = (Number(timestamp) + opts.windowSeconds) * 1000 + 1000;
      if (seen.seenBefore(signature, expires, nowMs)) {
        logger.warn({ timestamp }, 'replayed Slack request acked and ignored');
        return reply(res, 200);
      }
    }
    boltListener(req, res);
  };
  receiver.requestListener = (req, res) => {
    guarded(req, res).catch((err: unknown) => {
      logger.error({ err }, 'Slack request guard failed');
      if (!res.headersSent) reply(res, 500);
    });
  };
}
