import { createTestServices } from '../test/support/services.js';
import { splitSentences } from '../src/answer/sentences.js';
const { services, cleanup } = await createTestServices();
const chunks = services.search.chunksOf(process.argv[2]);
for (const c of chunks) { console.log('=== CHUNK', c.id, c.sectionPath, c.text.length); for (const s of splitSentences(c.text)) console.log('  -', s.text.slice(0, 100), s.text.length); }
await cleanup();
