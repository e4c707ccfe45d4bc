import { loadConfig } from './src/config.js';
import { createLogger } from './src/logger.js';
import { createServices } from './src/services.js';
import { quotableSentences, splitSentences } from './src/draft/evidence.js';
const config = loadConfig();
const s = await createServices(config, createLogger('silent'));
const cs = s.search.chunksOf(process.argv[2]);
for (const c of cs.slice(0, Number(process.argv[3] ?? 2))) { console.log(JSON.stringify({sp:c.sectionPath, text:c.text.slice(0,600)})); console.log(splitSentences(c.text).filter(x=>!quotableSentences(c.text).includes(x))); }
