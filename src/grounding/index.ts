// Grounding: what answering and drafting share to tie model or offline text to the bureau's documents — numbered
// passages, citation checks, source labels, the chat model, model-failure reasons and privacy masking.
export { numberPassages, formatPassagesForPrompt, citationOf, toRetrieved, shortQuote, type Passage } from './passages.js';
export { validateCitations, renumberCitations, type CitationCheck } from './citations.js';
export { sourceLabel, sourceLabels } from './sources.js';
export { createChatModel, llmName, OFFLINE_ENGINE } from './chatModel.js';
export { messageText } from './messageText.js';
export { classifyModelFailure, ModelTimeoutError, MalformedModelOutputError, type ModelFailure } from './modelFailure.js';
export { asksForPersonalData, maskPersonalData, MASK_MARK, PRIVACY_REFUSAL } from './privacy.js';
