import { initChatModel } from 'langchain';
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { AppConfig } from '../config.js';
import type { Logger } from '../logger.js';

/** The engine name reported in `Answer.engine.llm` when no model is configured. */
export const OFFLINE_ENGINE = 'offline';

/** Tuning of the one chat model every use case shares (answers, condensing, drafts). */
export const CHAT_MODEL_DEFAULTS = {
  /** Low: answers and drafts restate the documents; they should not vary from run to run. */
  temperature: 0.1,
  /** Local servers (vLLM, Ollama) may reject stream_options.include_usage, so usage is not requested while streaming. */
  streamUsage: false,
} as const;

/**
 * The configured OpenAI-compatible chat model (langchain's `initChatModel` over @langchain/openai), or undefined when
 * none is configured (the offline engine). OPENAI_BASE_URL points it at any compatible server, e.g. vLLM or Ollama.
 */
export async function createChatModel(config: AppConfig, logger: Logger): Promise<BaseChatModel | undefined> {
  if (!config.llmEnabled) return undefined;
  logger.info({ model: config.OPENAI_MODEL, baseURL: config.OPENAI_BASE_URL ?? 'https://api.openai.com/v1' }, 'chat model configured');
  // The provider is named, never inferred from the model name: a local "qwen2.5" is still served over the OpenAI API.
  return initChatModel(config.OPENAI_MODEL, {
    modelProvider: 'openai',
    apiKey: config.OPENAI_API_KEY ?? 'not-needed',
    configuration: { baseURL: config.OPENAI_BASE_URL },
    timeout: config.LLM_TIMEOUT_MS,
    maxRetries: config.LLM_MAX_RETRIES,
    ...CHAT_MODEL_DEFAULTS,
  });
}

/** e.g. "openai:gpt-4o-mini"; "offline" without a model. */
export function llmName(config: AppConfig): string {
  return config.llmEnabled ? `openai:${config.OPENAI_MODEL}` : OFFLINE_ENGINE;
}
