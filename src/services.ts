import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import type { AppConfig } from './config.js';
import type { Logger } from './logger.js';
import type { Searcher } from './types.js';
import { createEmbeddings } from './retrieval/embeddings.js';
import { loadSearcher, openSearcher, prepareSearcher } from './retrieval/index.js';
import { createChatModel } from './grounding/chatModel.js';

/** Everything a use case needs, passed in explicitly so tests can swap any part. */
export interface Services {
  config: AppConfig;
  logger: Logger;
  search: Searcher;
  embeddings: EmbeddingsInterface;
  /** Present only when an OpenAI-compatible model is configured. */
  llm?: BaseChatModel;
}

/**
 * How a process holds the index: `open` builds or updates it when needed and keeps it loaded (CLI, console, tests);
 * `prepare` does the same but keeps nothing loaded, for a Slack process whose work threads load their own copies;
 * `load` loads what is on disk and never builds (a work thread: the process that owns the index ingests).
 */
export type IndexUse = 'open' | 'prepare' | 'load';

/** Builds the services for a process: embeddings, the index (see {@link IndexUse}), and the model if one is configured. */
export async function createServices(config: AppConfig, logger: Logger, index: IndexUse = 'open'): Promise<Services> {
  const embeddings = createEmbeddings(config);
  const deps = { config, logger, embeddings };
  const search = await (index === 'load' ? loadSearcher(deps) : index === 'prepare' ? prepareSearcher(deps) : openSearcher(deps));
  const llm = await createChatModel(config, logger);
  return { config, logger, search, embeddings, llm };
}
