// The Chinese text layer: every stage (corpus, retrieval, answer, draft) reads Chinese text through these rules.
export { toSimplified, normalizeForMatch, foldFullWidth, readingForm } from './simplify.js';
export { CN_DIGIT, chineseIntegerValue, chineseNumberValue, figuresAsDigits, toChineseNumeral } from './numerals.js';
export { HEADING_MARKER, headingNumber, markerOf, listMarkerAt, sequenceMarkerAt, splitAtInlineMarkers, findEnumerations, stripListMarker } from './markers.js';
export type { Marker, ListMarker, Unit, Enumeration, EnumeratedPoint } from './markers.js';
export { inlineListMarkers, inlineEnumerations, type ListItemMarker } from './inlineLists.js';
export { joinHardWrappedLines } from './hardWraps.js';
export { splitSentences, splitQuotableSentences, sentenceSpans, withCitation, type Sentence } from './sentences.js';
export { BOILERPLATE, NAMES_REPLY_HEADER_FIELD, NOT_EVIDENCE, REPLY_HEADER_FIELD } from './boilerplate.js';
export { SECTION_SEPARATOR, sectionParts, joinSectionPath } from './sectionPath.js';
export { getTokenizer, getJieba, normaliseWords, type Tokenizer } from './tokenizer.js';
export { ASPECT_WORDS, isAnswerKindWord, isDescriptiveTag, MANNER_WORDS, isFramingWord, isSpokenFiller, spokenNounRoot, isTopicTag, locatedIn, QUESTION_NOISE, STRUCTURE_REFERENCE, tagOf, wordTags } from './questionWords.js';
export { issuerPlaces } from './places.js';
export { looksLikePersonName } from './personNames.js';
export { FIGURE_KINDS, figureKindOf, type FigureKind } from './figureKinds.js';
export { ASKS_HANDLING_RESULT, ASKS_WHY, QUESTION_TYPES, questionTypeOf, matchesQuestionCue, givesReason, type QuestionType, type QuestionTypeName } from './questionTypes.js';
export { columnUnit, tablesOf, tableFigures, type Table } from './tables.js';
export { plainQuestionWording } from './spokenFrames.js';
export { askedFigure, HAS_FIGURE, statesFigure } from './askedFigure.js';
