// Why a chat model call failed, in one set of rules for answering and drafting: the caller falls back to its offline
// engine and shows the reason in Chinese; the cause goes to the log.

/** The model streamed nothing for too long. */
export class ModelTimeoutError extends Error {
  constructor(ms: number) {
    super(`model produced nothing for ${ms} ms`);
    this.name = 'ModelTimeoutError';
  }
}

/** The model answered, but not in the form asked for (no citations, wrong JSON, figures the passages do not hold). */
export class MalformedModelOutputError extends Error {
  constructor(reason: string) {
    super(`malformed model output: ${reason}`);
    this.name = 'MalformedModelOutputError';
  }
}

export interface ModelFailure {
  /** One Chinese phrase naming why the model was not used ("模型响应超时"). */
  reason: string;
  /** Error name and message, for the log. */
  cause: string;
}

/** Error names a model call can fail with when its output does not parse (drafting's structured output included). */
const MALFORMED_NAMES = new Set(['MalformedModelOutputError', 'DraftModelOutputError']);

/** Classifies a model failure: timeout, rate limit, server error, malformed output, or unavailable. */
export function classifyModelFailure(err: unknown): ModelFailure {
  const e = err as { name?: string; status?: number; message?: string; lc_error_code?: string };
  const message = e?.message ?? String(err);
  const status = typeof e?.status === 'number' ? e.status : Number(message.match(/\b([45]\d\d)\b/)?.[1]);
  const cause = `${e?.name ?? 'Error'}: ${message}`;
  let reason: string;
  if (err instanceof ModelTimeoutError || e?.name === 'AbortError' || e?.name === 'TimeoutError' || /timed? ?out|abort/i.test(message)) {
    reason = '模型响应超时';
  } else if (status === 429 || e?.lc_error_code === 'MODEL_RATE_LIMIT') reason = '模型服务繁忙（请求过多）';
  else if (status >= 500) reason = `模型服务出错（${status}）`;
  else if (MALFORMED_NAMES.has(e?.name ?? '') || /schema|parse|JSON|tool/i.test(message)) {
    reason = /figures/.test(message) ? '模型回答中的数字与文件不符' : '模型输出不符合要求';
  } else reason = '模型服务不可用';
  return { reason, cause };
}
