import { describe, expect, it } from 'vitest';
import { requestOutcomes, type RecordedCall, type TracedRequest } from '../src/eval/loadOutcomes.js';

const APOLOGY = '抱歉，处理时出错了';
const requests: TracedRequest[] = [
  { id: 0, channel: 'C0', questionTs: '100.1' },
  { id: 1, channel: 'C1', questionTs: null },
  { id: 2, channel: 'C2', questionTs: '100.3' },
  { id: 3, channel: 'C3', questionTs: null },
];
const call = (method: string, body: Record<string, unknown>, at: number, status = 200): RecordedCall => ({ method, body, status, at });

describe('load run: one answer per request', () => {
  it('counts a mention answer in its thread and a draft whose later parts continue in the first part’s thread once', () => {
    const calls = [
      call('chat.postMessage', { channel: 'C0', thread_ts: '100.1', text: '答案' }, 10),
      call('chat.update', { channel: 'C0', ts: '900.1', text: '答案（更新）' }, 11),
      call('chat.postMessage', { channel: 'C1', text: '答复草稿 第一部分' }, 20),
      call('chat.postMessage', { channel: 'C1', thread_ts: '900.2', text: '第二部分' }, 21),
      call('files.completeUploadExternal', { channel_id: 'C1', thread_ts: '900.2' }, 22),
    ];
    const result = requestOutcomes(calls, requests, APOLOGY);
    expect(result.get(0)).toEqual({ answers: 1, apologies: 0, firstAt: 10 });
    expect(result.get(1)).toEqual({ answers: 1, apologies: 0, firstAt: 20 });
    expect(result.get(2)!.answers).toBe(0);
  });

  it('ignores rate-limited attempts and counts their successful retry', () => {
    const calls = [
      call('chat.postMessage', { channel: 'C2', thread_ts: '100.3', text: '答案' }, 5, 429),
      call('chat.postMessage', { channel: 'C2', thread_ts: '100.3', text: '答案' }, 7),
    ];
    expect(requestOutcomes(calls, requests, APOLOGY).get(2)).toEqual({ answers: 1, apologies: 0, firstAt: 7 });
  });

  it('notices a duplicate answer, an apology, and response_url posts by request id', () => {
    const calls = [
      call('chat.postMessage', { channel: 'C0', thread_ts: '100.1', text: '答案' }, 1),
      call('chat.startStream', { channel: 'C0', thread_ts: '100.1' }, 2),
      call('chat.postEphemeral', { channel: 'C3', user: 'U1', text: APOLOGY }, 3),
      call('response_url', { __responseId: '1', text: '提纲' }, 4),
      call('response_url', { __responseId: '1', replace_original: true, text: '提纲（替换）' }, 5),
    ];
    const result = requestOutcomes(calls, requests, APOLOGY);
    expect(result.get(0)!.answers).toBe(2);
    expect(result.get(3)).toEqual({ answers: 1, apologies: 1, firstAt: 3 });
    expect(result.get(1)!.answers).toBe(1);
  });
});
