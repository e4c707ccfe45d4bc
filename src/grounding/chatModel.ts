import { ChatOpenAI } from '@langchain/openai';
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { AppConfig } from '../config.js';
import type { Logger } from '../logger.js';

/** The engine name reported in `Answer.engine.llm` when no model is configured. */
export const OFFLINE_ENGINE = 'offline';

/** The configured OpenAI-compatible chat model, or undefined when none is configured (offline engine). */
export function createChatModel(config: AppConfig, logger: Logger): BaseChatModel | undefined {
  if (!config.llmEnabled) return undefined;
  logger.info({ model: config.OPENAI_MODEL, baseURL: config.OPENAI_BASE_URL ?? 'https://api.openai.com/v1' }, 'chat model configured');
  return new ChatOpenAI({
    model: config.OPENAI_MODEL,
    apiKey: config.OPENAI_API_KEY ?? 'not-needed',
    configuration: { baseURL: config.OPENAI_BASE_URL },
    timeout: config.LLM_TIMEOUT_MS,
    maxRetries: config.LLM_MAX_RETRIES,
    temperature: 0.1,
    // Local servers (vLLM, Ollama) may reject stream_options.include_usage.
    streamUsage: false,
  });
}

/** e.g. "openai:gpt-4o-mini"; "offline" without a model. */
export function llmName(config: AppConfig): string {
  return config.llmEnabled ? `openai:${config.OPENAI_MODEL}` : OFFLINE_ENGINE;
}
