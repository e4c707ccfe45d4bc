// Who may use the app, what input it accepts, and which deliveries it has already handled.
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { AppConfig } from '../config.js';
import type { Logger } from '../logger.js';
import { TEXT } from './blocks.js';

export interface Requester {
  user: string | null;
  channel: string | null;
  /** A direct message with the app (ALLOWED_CHANNELS does not apply there; ALLOWED_USERS does). */
  isDirect: boolean;
  /** Where a refusal can be shown: messages and mentions (thread), commands (ack), shortcuts/actions (ephemeral). */
  kind: 'message' | 'command' | 'interaction' | 'other';
  threadTs: string | null;
}

export type Refusal = 'user' | 'channel' | null;

/** Returns why a requester is refused, or null when allowed. Empty lists allow everyone. */
export function refusalFor(config: Pick<AppConfig, 'ALLOWED_USERS' | 'ALLOWED_CHANNELS'>, who: Requester): Refusal {
  if (config.ALLOWED_USERS.length && (!who.user || !config.ALLOWED_USERS.includes(who.user))) return 'user';
  if (config.ALLOWED_CHANNELS.length && !who.isDirect && (!who.channel || !config.ALLOWED_CHANNELS.includes(who.channel))) {
    return 'channel';
  }
  return null;
}

function isDirectChannel(channel: string | null | undefined, channelType?: string): boolean {
  return channelType === 'im' || Boolean(channel && channel.startsWith('D'));
}

function channelInMetadata(raw: unknown): string | null {
  if (typeof raw !== 'string' || !raw.startsWith('{')) return null;
  try {
    const channel = (JSON.parse(raw) as { channel?: unknown }).channel;
    return typeof channel === 'string' ? channel : null;
  } catch {
    return null;
  }
}

/** The fields of a Bolt request body (event, slash command, interaction) that say who is asking and where. */
interface RequestBodyFields {
  type?: string;
  event?: {
    type?: string;
    user?: string;
    channel?: string;
    channel_type?: string;
    bot_id?: string;
    subtype?: string;
    thread_ts?: string;
    ts?: string;
    assistant_thread?: { user_id?: string; channel_id?: string; thread_ts?: string };
  };
  command?: unknown;
  user_id?: string;
  channel_id?: string;
  user?: { id?: string };
  channel?: { id?: string };
  view?: { private_metadata?: unknown };
}

/** Reads who is asking and where from any Bolt request body. */
export function requesterOf(rawBody: unknown): Requester {
  const body = (rawBody ?? {}) as RequestBodyFields;
  if (body.type === 'event_callback' && body.event) {
    const e = body.event;
    if (e.type === 'assistant_thread_started' || e.type === 'assistant_thread_context_changed') {
      const t = e.assistant_thread ?? {};
      return { user: t.user_id ?? null, channel: t.channel_id ?? null, isDirect: true, kind: 'other', threadTs: t.thread_ts ?? null };
    }
    const isMessage = e.type === 'app_mention' || e.type === 'message';
    return {
      user: e.user ?? null,
      channel: e.channel ?? null,
      isDirect: isDirectChannel(e.channel, e.channel_type),
      kind: isMessage && e.user && !e.bot_id && !(typeof e.subtype === 'string' && e.subtype.startsWith('message_')) ? 'message' : 'other',
      threadTs: e.thread_ts ?? e.ts ?? null,
    };
  }
  if (typeof body.command === 'string') {
    return { user: body.user_id ?? null, channel: body.channel_id ?? null, isDirect: isDirectChannel(body.channel_id), kind: 'command', threadTs: null };
  }
  if (body.type === 'view_submission' || body.type === 'view_closed') {
    // A modal has no channel of its own; the drafting modal carries the one it was opened from.
    const channel = channelInMetadata(body.view?.private_metadata);
    return { user: body.user?.id ?? null, channel, isDirect: !channel || isDirectChannel(channel), kind: 'interaction', threadTs: null };
  }
  const channel: string | null = body.channel?.id ?? null;
  return { user: body.user?.id ?? null, channel, isDirect: isDirectChannel(channel), kind: 'interaction', threadTs: null };
}

export function refusalText(refusal: Exclude<Refusal, null>): string {
  return refusal === 'user' ? TEXT.userNotAllowed : TEXT.channelNotAllowed;
}

/** Global middleware: requests from outside the allow-lists get a one-line refusal and reach no listener. */
export function allowListMiddleware(config: AppConfig, logger: Logger): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    const who = requesterOf(args.body);
    const refusal = refusalFor(config, who);
    if (!refusal) return args.next();
    logger.info({ user: who.user, channel: who.channel, refusal }, 'request refused by allow-list');
    const text = refusalText(refusal);
    const ack = (args as { ack?: (r?: unknown) => Promise<void> }).ack;
    const client = (args as unknown as { client: WebClient }).client;
    try {
      if (who.kind === 'command' && ack) return await ack({ response_type: 'ephemeral', text });
      if (ack) await ack();
      if (who.kind === 'message' && who.channel) {
        if (who.isDirect) await client.chat.postMessage({ channel: who.channel, thread_ts: who.threadTs ?? undefined, text });
        else if (who.user) await client.chat.postEphemeral({ channel: who.channel, user: who.user, text, thread_ts: who.threadTs ?? undefined });
      } else if (who.kind === 'interaction' && who.channel && who.user) {
        await client.chat.postEphemeral({ channel: who.channel, user: who.user, text });
      }
    } catch (err) {
      logger.warn({ err }, 'could not deliver the allow-list refusal');
    }
  };
}

/** Remembers delivered event ids for a while (per process), so a retried or duplicated event is handled once. */
export class EventDeduper {
  private readonly seenAt = new Map<string, number>();

  constructor(
    private readonly ttlMs = 60 * 60 * 1000,
    private readonly maxEntries = 50_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** True when the id was already seen (and not yet expired); records it otherwise. */
  seenBefore(id: string): boolean {
    const t = this.now();
    this.evict(t);
    const at = this.seenAt.get(id);
    if (at !== undefined && t - at < this.ttlMs) return true;
    this.seenAt.set(id, t);
    return false;
  }

  private evict(t: number): void {
    for (const [id, at] of this.seenAt) {
      if (t - at < this.ttlMs && this.seenAt.size <= this.maxEntries) break;
      this.seenAt.delete(id);
    }
  }
}

/** Global middleware: an event id delivered before (Slack's X-Slack-Retry-Num retries, duplicates) is dropped after its ack. */
export function dedupeMiddleware(deduper: EventDeduper, logger: Logger): Middleware<AnyMiddlewareArgs> {
  return async ({ body, context, next }) => {
    const eventId = (body as { event_id?: string }).event_id;
    if (eventId && deduper.seenBefore(eventId)) {
      logger.info({ eventId, retryNum: context.retryNum, retryReason: context.retryReason }, 'duplicate event delivery ignored');
      return;
    }
    await next();
  };
}

/** Slack's mention tokens and escapes turned back into what the user typed. */
export function cleanSlackText(text: string | undefined | null): string {
  return (text ?? '')
    .replace(/<@[A-Z0-9]+(\|[^>]*)?>/g, ' ')
    .replace(/<(https?:[^|>]+)\|([^>]+)>/g, '$2')
    .replace(/<(https?:[^>]+)>/g, '$1')
    .replace(/<!([a-z]+)(\|[^>]*)?>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/[ \t\u3000]+/g, ' ')
    .trim();
}

export type InputCheck = { ok: true } | { ok: false; message: string };

export function checkInputLength(text: string, max: number): InputCheck {
  return text.length > max ? { ok: false, message: TEXT.inputTooLong(text.length, max) } : { ok: true };
}

export const DRAFT_KEYWORD = /起草/;
export const OUTLINE_KEYWORD = /提纲/;
export const DRAFTABLE_FILE = /\.(txt|docx|pdf)$/i;
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export function isDraftableFileName(name: string | undefined | null): boolean {
  return Boolean(name && DRAFTABLE_FILE.test(name));
}
