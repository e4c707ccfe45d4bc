import { readFileSync } from 'node:fs';
import { loadConfig } from './src/config.js';
import { createLogger } from './src/logger.js';
import { createServices } from './src/services.js';
import { createEvidenceContext, gatherEvidence, themeTermsOf } from './src/draft/evidence.js';
import { parseProposal } from './src/draft/parseProposal.js';
const config = loadConfig();
const s = await createServices(config, createLogger('silent'));
const ctx = createEvidenceContext(s.search, config.bureau);
const { suggestions } = parseProposal(readFileSync(process.argv[2], 'utf8'));
for (const sg of suggestions) {
  const ev = await gatherEvidence(ctx, sg, themeTermsOf(parseProposal(readFileSync(process.argv[2], "utf8")).meta.title, suggestions));
  console.log('##', sg.topic);
  for (const p of ev.policy.slice(0, 5)) console.log('  P', p.score.toFixed(2), p.chunk.docId, p.sentence.slice(0, 90));
  for (const p of ev.local.slice(0, 3)) console.log('  L', p.score.toFixed(2), p.chunk.docId, p.sentence.slice(0, 60));
}
