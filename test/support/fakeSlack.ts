// A fake Slack Web API on 127.0.0.1 for e2e tests and the load test: the real Bolt/WebClient talks to it over HTTP.
// Records every call; serves auth.test, chat.*, conversations.replies, views.open/publish, assistant.threads.*, the
// files.uploadV2 flow (getUploadURLExternal → upload POST → completeUploadExternal), file downloads and response_url posts.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';

export interface FakeSlackOptions {
  /** Fraction (0..1) of calls to `rateLimitedMethods` answered with HTTP 429 (deterministic: the 1st, then every 1/rate-th). */
  failRate429?: number;
  /** Default: ['chat.postMessage']. */
  rateLimitedMethods?: string[];
  /** Retry-After header on 429s, in seconds (the WebClient accepts 0). Default 0. */
  retryAfterSeconds?: number;
  /** false → chat.startStream/appendStream/stopStream answer `unknown_method` (forces the post-then-update fallback). */
  streaming?: boolean;
  /** Methods that answer `{ ok: false, error }`, e.g. { 'chat.postMessage': 'not_in_channel' }. */
  failMethods?: Record<string, string>;
  botUserId?: string;
}

export interface FakeSlackCall {
  method: string;
  body: any;
  status: number;
  /** performance.now() when received. */
  at: number;
  authorization: string | undefined;
  /** What the fake answered (Web API methods). */
  response?: any;
}

export interface FakeSlack {
  /** Web API base URL ending in /api/, for clientOptions.slackApiUrl / SLACK_API_URL. */
  url: string;
  /** http://127.0.0.1:PORT (no /api/). */
  origin: string;
  botUserId: string;
  calls: FakeSlackCall[];
  /** Bytes received by upload URLs, by file id. */
  uploads: Map<string, Buffer>;
  callsTo(method: string): FakeSlackCall[];
  /** What conversations.replies returns for a thread (channel + thread ts). */
  setThread(channel: string, threadTs: string, messages: object[]): void;
  /** Until the returned function is called, calls to `method` are recorded but not answered. */
  hold(method: string): () => void;
  /** A response_url that records posts as method 'response_url'. */
  responseUrl(id: string): string;
  /** Serves data at a url_private-style URL that requires the bot token; returns the URL. */
  addFile(name: string, data: Buffer | string): string;
  /** Resolves when `predicate` holds for the recorded calls (polls), rejects after timeoutMs. */
  waitFor(predicate: (calls: FakeSlackCall[]) => boolean, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

const TEAM_ID = 'T0FAKE';

function parseBody(raw: string, contentType: string): any {
  if (!raw) return {};
  if (contentType.includes('application/json')) {
    try {
      return JSON.parse(raw);
    } catch {
      return raw;
    }
  }
  const body: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    // The WebClient form-encodes JSON-valued arguments (blocks, files, view) as strings.
    if (/^[[{]/.test(value)) {
      try {
        body[key] = JSON.parse(value);
        continue;
      } catch {
        /* keep the string */
      }
    }
    body[key] = value;
  }
  return body;
}

function readRaw(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    req.on('data', (c: Buffer) => parts.push(c));
    req.on('end', () => resolve(Buffer.concat(parts)));
    req.on('error', reject);
  });
}

function sendJson(res: ServerResponse, status: number, body: object, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

export async function startFakeSlack(options: FakeSlackOptions = {}): Promise<FakeSlack> {
  const botUserId = options.botUserId ?? 'U0BOT';
  const calls: FakeSlackCall[] = [];
  const uploads = new Map<string, Buffer>();
  const threads = new Map<string, object[]>();
  const files = new Map<string, Buffer>();
  const rateLimited = new Set(options.rateLimitedMethods ?? ['chat.postMessage']);
  const rate = Math.min(1, Math.max(0, options.failRate429 ?? 0));
  let rateLimitedCount = 0;
  let tsCounter = 0;
  let fileCounter = 0;
  let origin = '';
  const held = new Map<string, { promise: Promise<void>; release: () => void }>();

  const nextTs = () => `${1_800_000_000 + Math.floor(tsCounter / 1000)}.${String(100_000 + (tsCounter++ % 1000)).padStart(6, '0')}`;

  function shouldRateLimit(method: string): boolean {
    if (!rate || !rateLimited.has(method)) return false;
    rateLimitedCount += 1;
    // The first call is limited, then every 1/rate-th: deterministic, and a test sees a 429 at once.
    return Math.ceil(rateLimitedCount * rate) > Math.ceil((rateLimitedCount - 1) * rate);
  }

  function answer(method: string, body: any): object {
    const failure = options.failMethods?.[method];
    if (failure) return { ok: false, error: failure };
    switch (method) {
      case 'auth.test':
        return { ok: true, url: 'https://fake.slack.com/', team: 'fake', user: 'replydesk', team_id: TEAM_ID, user_id: botUserId, bot_id: 'B0BOT' };
      case 'chat.postMessage': {
        const ts = nextTs();
        return { ok: true, channel: body.channel, ts, message: { text: body.text, ts, user: botUserId, bot_id: 'B0BOT' } };
      }
      case 'chat.update':
        return { ok: true, channel: body.channel, ts: body.ts, text: body.text };
      case 'chat.postEphemeral':
        return { ok: true, message_ts: nextTs() };
      case 'chat.startStream':
      case 'chat.appendStream':
      case 'chat.stopStream':
        if (options.streaming === false) return { ok: false, error: 'unknown_method' };
        return { ok: true, channel: body.channel, ts: method === 'chat.startStream' ? nextTs() : body.ts };
      case 'conversations.replies':
        return { ok: true, messages: threads.get(`${body.channel}:${body.ts}`) ?? [], has_more: false };
      case 'views.open':
        return { ok: true, view: { id: 'V0FAKE', ...(typeof body.view === 'object' ? body.view : {}) } };
      case 'views.publish':
        // The App Home: the view is kept as published for the user.
        if (typeof body.view !== 'object' || body.view?.type !== 'home' || !body.user_id) return { ok: false, error: 'invalid_arguments' };
        return { ok: true, view: { id: `V0HOME${body.user_id}`, ...body.view } };
      case 'files.getUploadURLExternal': {
        const id = `F0FAKE${++fileCounter}`;
        return { ok: true, upload_url: `${origin}/upload/${id}`, file_id: id };
      }
      case 'files.completeUploadExternal': {
        const list = Array.isArray(body.files) ? body.files : [];
        return { ok: true, files: list.map((f: { id: string; title?: string }) => ({ id: f.id, title: f.title })) };
      }
      default:
        // assistant.threads.setStatus/setTitle/setSuggestedPrompts and anything else harmless.
        return { ok: true };
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readRaw(req);
    const path = (req.url ?? '/').split('?')[0];
    const at = performance.now();
    const authorization = req.headers.authorization;
    if (path.startsWith('/api/')) {
      const method = path.slice('/api/'.length);
      const body = parseBody(raw.toString('utf8'), String(req.headers['content-type'] ?? ''));
      if (shouldRateLimit(method)) {
        calls.push({ method, body, status: 429, at, authorization });
        return sendJson(res, 429, { ok: false, error: 'ratelimited' }, { 'retry-after': String(options.retryAfterSeconds ?? 0) });
      }
      const call: FakeSlackCall = { method, body, status: 200, at, authorization };
      calls.push(call);
      await held.get(method)?.promise;
      call.response = answer(method, body);
      return sendJson(res, 200, call.response);
    }
    if (path.startsWith('/upload/')) {
      const id = path.slice('/upload/'.length);
      uploads.set(id, raw);
      calls.push({ method: 'upload', body: { fileId: id, bytes: raw.length }, status: 200, at, authorization });
      res.writeHead(200, { 'content-type': 'text/plain' });
      return void res.end(`OK - ${raw.length}`);
    }
    if (path.startsWith('/files/')) {
      const name = decodeURIComponent(path.slice('/files/'.length));
      const data = files.get(name);
      const authorized = authorization?.startsWith('Bearer ') ?? false;
      calls.push({ method: 'file.download', body: { name }, status: data && authorized ? 200 : 404, at, authorization });
      if (!data || !authorized) return sendJson(res, 404, { ok: false, error: 'file_not_found' });
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      return void res.end(data);
    }
    if (path.startsWith('/response/')) {
      calls.push({ method: 'response_url', body: parseBody(raw.toString('utf8'), 'application/json'), status: 200, at, authorization });
      return sendJson(res, 200, { ok: true });
    }
    sendJson(res, 404, { ok: false, error: 'unknown_path' });
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: String(err) });
      else res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;

  return {
    url: `${origin}/api/`,
    origin,
    botUserId,
    calls,
    uploads,
    callsTo: (method) => calls.filter((c) => c.method === method),
    setThread: (channel, threadTs, messages) => void threads.set(`${channel}:${threadTs}`, messages),
    hold(method) {
      let release = () => undefined as void;
      const promise = new Promise<void>((resolve) => (release = resolve));
      held.set(method, { promise, release });
      return () => {
        held.delete(method);
        release();
      };
    },
    responseUrl: (id) => `${origin}/response/${encodeURIComponent(id)}`,
    addFile(name, data) {
      files.set(name, Buffer.isBuffer(data) ? data : Buffer.from(data, 'utf8'));
      return `${origin}/files/${encodeURIComponent(name)}`;
    },
    async waitFor(predicate, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      while (!predicate(calls)) {
        if (Date.now() > deadline) throw new Error(`fake Slack: condition not met in ${timeoutMs} ms; calls: ${calls.map((c) => c.method).join(', ')}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
