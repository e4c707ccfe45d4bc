import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import type { AppConfig } from './config.js';
import type { Logger } from './logger.js';
import type { Searcher } from './types.js';
import { createEmbeddings } from './retrieval/embeddings.js';
import { openSearcher } from './retrieval/index.js';
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

/** Builds the services for a process: embeddings, the (re)built index, and the model if one is configured. */
export async function createServices(config: AppConfig, logger: Logger): Promise<Services> {
  const embeddings = createEmbeddings(config);
  const search = await openSearcher({ config, logger, embeddings });
  const llm = await createChatModel(config, logger);
  return { config, logger, search, embeddings, llm };
}
