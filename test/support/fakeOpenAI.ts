// A fake OpenAI-compatible server on 127.0.0.1 for tests: the real @langchain/openai client talks to it over HTTP.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHash } from 'node:crypto';

/** What the fake answers to one chat request. */
export type FakeReply =
  | { content: string }
  | { toolCall: { name?: string; arguments: object } }
  | { status: number; message?: string }
  | { hang: true }
  | { chunks: string[] };

export type FakeEmbeddingReply = { vectors: number[][] } | { status: number; message?: string } | { hang: true };

export interface FakeOpenAIHandlers {
  /** `n` counts chat requests from 1. Default: `{ content: 'OK' }` (or an empty tool call when a tool is forced). */
  chat?: (body: any, n: number) => FakeReply | Promise<FakeReply>;
  /** `n` counts embedding requests from 1. Default: deterministic hashed vectors. */
  embeddings?: (body: any, n: number) => FakeEmbeddingReply | undefined | Promise<FakeEmbeddingReply | undefined>;
}

export interface FakeOpenAI {
  /** e.g. http://127.0.0.1:PORT/v1 — pass as OPENAI_BASE_URL. */
  baseURL: string;
  /** Every request received, in order. */
  requests: { path: string; body: any }[];
  close(): Promise<void>;
}

const FAKE_MODEL = 'fake-model';
const DEFAULT_EMBEDDING_DIM = 64;

export async function startFakeOpenAI(handlers: FakeOpenAIHandlers = {}): Promise<FakeOpenAI> {
  const requests: { path: string; body: any }[] = [];
  let chatCount = 0;
  let embeddingCount = 0;

  const server = createServer((req, res) => {
    void handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { error: { message: String(err), type: 'server_error' } });
      else res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const path = (req.url ?? '/').split('?')[0];
    let body: any = null;
    try {
      body = raw ? JSON.parse(raw) : null;
    } catch {
      body = raw;
    }
    requests.push({ path, body });
    if (req.method === 'POST' && path.endsWith('/chat/completions')) {
      chatCount += 1;
      const reply = handlers.chat ? await handlers.chat(body, chatCount) : defaultChatReply(body);
      return sendChat(res, body, reply);
    }
    if (req.method === 'POST' && path.endsWith('/embeddings')) {
      embeddingCount += 1;
      const reply = (handlers.embeddings && (await handlers.embeddings(body, embeddingCount))) || undefined;
      return sendEmbeddings(res, body, reply);
    }
    if (req.method === 'GET' && path.endsWith('/models')) {
      return sendJson(res, 200, { object: 'list', data: [{ id: FAKE_MODEL, object: 'model', owned_by: 'fake' }] });
    }
    sendJson(res, 404, { error: { message: `unknown path ${path}`, type: 'invalid_request_error' } });
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    req.on('data', (c: Buffer) => parts.push(c));
    req.on('end', () => resolve(Buffer.concat(parts).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  const text = JSON.stringify(value);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

function forcedToolName(body: any): string | undefined {
  const choice = body?.tool_choice;
  if (choice && typeof choice === 'object') return choice.function?.name ?? choice.name;
  if (choice === 'required' || choice === 'any') return body?.tools?.[0]?.function?.name;
  return undefined;
}

function defaultChatReply(body: any): FakeReply {
  if (forcedToolName(body)) return { toolCall: { arguments: {} } };
  return { content: 'OK' };
}

/** Splits text into a few pieces so a streaming client sees several chunks. */
function splitForStream(text: string): string[] {
  const size = Math.max(1, Math.ceil(text.length / 4));
  const pieces: string[] = [];
  for (let i = 0; i < text.length; i += size) pieces.push(text.slice(i, i + size));
  return pieces.length ? pieces : [''];
}

function sendChat(res: ServerResponse, body: any, reply: FakeReply): void {
  if ('hang' in reply) return; // never answer; close() drops the connection
  if ('status' in reply) {
    const type = reply.status === 429 ? 'rate_limit_exceeded' : 'server_error';
    return sendJson(res, reply.status, { error: { message: reply.message ?? `fake error ${reply.status}`, type, code: type } });
  }
  const id = `chatcmpl-fake-${Date.now()}`;
  const created = Math.floor(Date.now() / 1000);
  const model = body?.model ?? FAKE_MODEL;
  const toolCall =
    'toolCall' in reply
      ? {
          id: 'call_fake_1',
          type: 'function' as const,
          function: {
            name: reply.toolCall.name ?? forcedToolName(body) ?? body?.tools?.[0]?.function?.name ?? 'tool',
            arguments: JSON.stringify(reply.toolCall.arguments),
          },
        }
      : undefined;
  // A tool call asked of a server when the client used response_format (json_schema/json_object) comes back as content.
  const asContent = toolCall && !body?.tools?.length ? toolCall.function.arguments : undefined;
  const content = 'content' in reply ? reply.content : 'chunks' in reply ? reply.chunks.join('') : asContent ?? null;
  const useTool = toolCall && asContent === undefined;

  if (!body?.stream) {
    return sendJson(res, 200, {
      id,
      object: 'chat.completion',
      created,
      model,
      choices: [
        {
          index: 0,
          message: { role: 'assistant', content: useTool ? null : content, ...(useTool ? { tool_calls: [toolCall] } : {}) },
          finish_reason: useTool ? 'tool_calls' : 'stop',
        },
      ],
      usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
    });
  }

  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
  const event = (delta: object, finish: string | null) =>
    res.write(`data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model, choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`);
  event({ role: 'assistant', content: '' }, null);
  if (useTool && toolCall) {
    event({ tool_calls: [{ index: 0, id: toolCall.id, type: 'function', function: { name: toolCall.function.name, arguments: '' } }] }, null);
    for (const piece of splitForStream(toolCall.function.arguments)) {
      event({ tool_calls: [{ index: 0, function: { arguments: piece } }] }, null);
    }
    event({}, 'tool_calls');
  } else {
    const pieces = 'chunks' in reply ? reply.chunks : splitForStream(content ?? '');
    for (const piece of pieces) event({ content: piece }, null);
    event({}, 'stop');
  }
  if (body?.stream_options?.include_usage) {
    res.write(
      `data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model, choices: [], usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 } })}\n\n`,
    );
  }
  res.write('data: [DONE]\n\n');
  res.end();
}

/** A deterministic unit vector for a text: same text, same vector. */
export function fakeEmbedding(text: string, dim = DEFAULT_EMBEDDING_DIM): number[] {
  const out: number[] = [];
  let block = 0;
  while (out.length < dim) {
    const digest = createHash('sha256').update(`${block}:${text}`).digest();
    for (let i = 0; i + 1 < digest.length && out.length < dim; i += 2) out.push(digest.readInt16BE(i) / 32768);
    block += 1;
  }
  const norm = Math.sqrt(out.reduce((s, v) => s + v * v, 0)) || 1;
  return out.map((v) => v / norm);
}

function sendEmbeddings(res: ServerResponse, body: any, reply: FakeEmbeddingReply | undefined): void {
  if (reply && 'hang' in reply) return;
  if (reply && 'status' in reply) {
    return sendJson(res, reply.status, { error: { message: reply.message ?? `fake error ${reply.status}`, type: 'server_error' } });
  }
  const inputs: unknown[] = Array.isArray(body?.input) && typeof body.input[0] !== 'number' ? body.input : [body?.input];
  const dim = typeof body?.dimensions === 'number' ? body.dimensions : DEFAULT_EMBEDDING_DIM;
  const vectors = reply?.vectors ?? inputs.map((input) => fakeEmbedding(typeof input === 'string' ? input : JSON.stringify(input), dim));
  const base64 = body?.encoding_format === 'base64';
  sendJson(res, 200, {
    object: 'list',
    data: vectors.map((v, index) => ({
      object: 'embedding',
      index,
      embedding: base64 ? Buffer.from(new Float32Array(v).buffer).toString('base64') : v,
    })),
    model: body?.model ?? FAKE_MODEL,
    usage: { prompt_tokens: inputs.length, total_tokens: inputs.length },
  });
}
