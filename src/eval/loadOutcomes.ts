// How `npm run load` decides whether each Slack request got exactly one answer, from the calls a fake Slack recorded.

/** A Web API call (or response_url post) as recorded by a fake Slack server. */
export interface RecordedCall {
  method: string;
  body: Record<string, unknown>;
  status: number;
  /** performance.now() when received. */
  at: number;
}

/** A request of the burst, reduced to what ties replies to it. */
export interface TracedRequest {
  id: number;
  /** Each request has its own channel. */
  channel: string;
  /** ts of the question message (mentions), whose thread holds the answer; null for slash commands. */
  questionTs: string | null;
}

/** Calls that start a reply to a user: a new message, a stream, an ephemeral line, or a response_url post. */
const REPLY_METHODS = new Set(['chat.postMessage', 'chat.startStream', 'chat.postEphemeral', 'response_url']);

export interface RequestOutcome {
  /** Replies that start an answer (continuation parts of a long draft, posted in its thread, are not counted). */
  answers: number;
  /** Of those, the short apology for a failure. */
  apologies: number;
  /** When the first answer arrived (performance.now()), or null. */
  firstAt: number | null;
}

/**
 * What each request got. An answer is a reply that is not a continuation: a draft's first part has no thread_ts
 * (its further parts and the .docx go into that part's thread); a mention's answer goes into the question's thread.
 * A response_url post (body.__responseId names the request) replacing an earlier message is not a new answer.
 * Rate-limited (429) attempts are not replies: only their successful retry counts.
 */
export function requestOutcomes(calls: RecordedCall[], requests: TracedRequest[], apologyText: string): Map<number, RequestOutcome> {
  const byChannel = new Map(requests.map((r) => [r.channel, r]));
  const byId = new Map(requests.map((r) => [String(r.id), r]));
  const result = new Map<number, RequestOutcome>(requests.map((r) => [r.id, { answers: 0, apologies: 0, firstAt: null }]));
  for (const call of calls) {
    if (call.status !== 200 || !REPLY_METHODS.has(call.method)) continue;
    let request: TracedRequest | undefined;
    if (call.method === 'response_url') {
      if (call.body?.replace_original === true || call.body?.delete_original === true) continue;
      request = byId.get(String(call.body?.__responseId ?? ''));
    } else {
      request = byChannel.get(String(call.body?.channel ?? ''));
      const threadTs = call.body?.thread_ts ? String(call.body.thread_ts) : null;
      if (request && threadTs !== null && threadTs !== request.questionTs) continue;
    }
    const entry = request ? result.get(request.id) : undefined;
    if (!entry) continue;
    entry.answers += 1;
    if (String(call.body?.text ?? '') === apologyText) entry.apologies += 1;
    entry.firstAt = entry.firstAt === null ? call.at : Math.min(entry.firstAt, call.at);
  }
  return result;
}
