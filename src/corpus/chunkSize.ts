// How long a chunk may be: the chunker cuts by these, and the heading reader reads a document no longer than one chunk
// whole. In a module of their own so that both can import them (chunk.ts imports the heading reader).

export const CHUNK_MIN_CHARS = 200;
export const CHUNK_MAX_CHARS = 600;
