// The marks that end a sentence, in a module of their own: the sentence splitter (sentences.ts) reads markers.ts, so
// markers.ts, whose patterns stay inside one sentence, cannot import them from the splitter without a cycle.

/** The marks that end a sentence (full stop, exclamation, question mark, semicolon), as RegExp character-class content. */
export const SENTENCE_END_MARKS = '。！？!?；;';
