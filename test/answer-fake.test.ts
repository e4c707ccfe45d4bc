import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { OpenAIEmbeddings } from '@langchain/openai';
import { startFakeOpenAI, type FakeOpenAI } from './support/fakeOpenAI.js';
import { createChatModel, llmName } from '../src/grounding/chatModel.js';
import { loadConfig } from '../src/config.js';
import { silentLogger } from '../src/logger.js';

let fake: FakeOpenAI | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function modelFor(baseURL: string, extra: Record<string, string> = {}) {
  const config = loadConfig({ OPENAI_BASE_URL: baseURL, LLM_TIMEOUT_MS: '1500', LLM_MAX_RETRIES: '0', ...extra });
  const model = await createChatModel(config, silentLogger());
  if (!model) throw new Error('model expected');
  return { config, model };
}

describe('fake OpenAI server with the real @langchain/openai client', () => {
  it('is not configured without key or base URL, and names the engine', async () => {
    const config = loadConfig({});
    expect(await createChatModel(config, silentLogger())).toBeUndefined();
    expect(llmName(config)).toBe('offline');
    expect(llmName(loadConfig({ OPENAI_API_KEY: 'k', OPENAI_MODEL: 'qwen2.5' }))).toBe('openai:qwen2.5');
  });

  it('serves plain and streamed chat completions, recording the bodies', async () => {
    fake = await startFakeOpenAI({ chat: (_b, n) => (n === 1 ? { content: '你好' } : { chunks: ['甲', '乙', '丙'] }) });
    const { model } = await modelFor(fake.baseURL);
    const msg = await model.invoke('问一下');
    expect(msg.content).toBe('你好');
    const pieces: string[] = [];
    for await (const chunk of await model.stream('再问')) pieces.push(String(chunk.content));
    expect(pieces.filter(Boolean)).toEqual(['甲', '乙', '丙']);
    expect(fake.requests).toHaveLength(2);
    expect(fake.requests[1].body.stream).toBe(true);
    expect(JSON.stringify(fake.requests[0].body)).toContain('问一下');
  });

  it('builds the model with the configured name, timeout settings and no usage request while streaming (local servers reject it)', async () => {
    fake = await startFakeOpenAI({ chat: () => ({ chunks: ['好'] }) });
    const { model } = await modelFor(fake.baseURL, { OPENAI_MODEL: 'qwen2.5-7b-instruct' });
    for await (const _chunk of await model.stream('问')) continue;
    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0].body.model).toBe('qwen2.5-7b-instruct');
    expect(fake.requests[0].body.temperature).toBe(0.1);
    expect(fake.requests[0].body.stream_options).toBeUndefined();
  });

  it('serves structured output in json_schema, functionCalling and jsonMode', async () => {
    fake = await startFakeOpenAI({ chat: () => ({ toolCall: { arguments: { title: '标题', points: ['一'] } } }) });
    const { model } = await modelFor(fake.baseURL);
    const schema = z.object({ title: z.string(), points: z.array(z.string()) });
    for (const method of ['jsonSchema', 'functionCalling', 'jsonMode'] as const) {
      const out = await model.withStructuredOutput(schema, { method }).invoke('给个 JSON');
      expect(out).toEqual({ title: '标题', points: ['一'] });
    }
  });

  it('returns errors and serves embeddings in float and base64', async () => {
    fake = await startFakeOpenAI({ chat: () => ({ status: 500 }) });
    const { model } = await modelFor(fake.baseURL);
    await expect(model.invoke('x')).rejects.toThrow();
    // The client's default asks for base64 and decodes it; 'float' asks for plain arrays.
    for (const encodingFormat of ['float', undefined] as const) {
      const emb = new OpenAIEmbeddings({ apiKey: 'x', configuration: { baseURL: fake.baseURL }, encodingFormat });
      const [a, b] = await emb.embedDocuments(['老旧小区', '加装电梯']);
      const again = await emb.embedQuery('老旧小区');
      expect(a.length).toBe(64);
      expect(again.map((v) => v.toFixed(5))).toEqual(a.map((v) => v.toFixed(5)));
      expect(b).not.toEqual(a);
      expect(fake.requests.at(-1)!.body.encoding_format).toBe(encodingFormat ?? 'base64');
    }
  });
});
