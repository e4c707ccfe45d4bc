import type { AppConfig } from '../config.js';

/** The engine name reported in `Answer.engine.llm` when no model is configured. */
export const OFFLINE_ENGINE = 'offline';

/** e.g. "openai:gpt-4o-mini"; "offline" without a model. */
export function llmName(config: AppConfig): string {
  return config.llmEnabled ? `openai:${config.OPENAI_MODEL}` : OFFLINE_ENGINE;
}
