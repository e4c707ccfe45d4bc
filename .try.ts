// Parse accuracy on the TUNE half of test/fixtures/eval/proposals only.
import { readFileSync } from 'node:fs';
import { parseProposal, looksLikeProposal } from './src/draft/parseProposal.js';
import { addressOf, salutation } from './src/draft/frame.js';
const dir = 'test/fixtures/eval/proposals';
const exp = JSON.parse(readFileSync(`${dir}/expectations.json`, 'utf8'));
let files = 0, ok = { isProposal: 0, kind: 0, proposers: 0, role: 0, addressee: 0, count: 0 }, sugg = 0, sOk = 0, props = 0;
const verbose = process.argv.includes('-v');
for (const [f, e] of Object.entries<any>(exp)) {
  if (e.split !== 'tune') continue;
  files++;
  const text = readFileSync(`${dir}/${f}`, 'utf8');
  const isP = looksLikeProposal(text);
  if (isP === e.isProposal) ok.isProposal++;
  if (!e.isProposal) { console.log(f, 'isProposal', isP); continue; }
  props++;
  const p = parseProposal(text);
  const m = p.meta;
  const checks = { kind: m.kind === e.kind, proposers: JSON.stringify(m.proposers) === JSON.stringify(e.proposers), role: m.role === e.role, addressee: addressOf(m) === e.addressee, count: p.suggestions.length === e.suggestions.length };
  for (const k of Object.keys(checks) as (keyof typeof checks)[]) if (checks[k]) ok[k]++;
  const got = p.suggestions.map((s) => s.topic);
  e.suggestions.forEach((s: any, i: number) => { sugg++; if (got[i] && s.keywords.some((k: string) => got[i].includes(k))) sOk++; });
  console.log(f, JSON.stringify(checks), salutation(m), p.notice ? 'NOTICE' : '');
  if (verbose) { console.log('   got:', got); console.log('   exp:', e.suggestions.map((s: any) => `${s.topic} ${s.keywords.join('/')}`)); console.log('   meta', JSON.stringify(m), 'exp', e.proposers, e.kind, e.role); }
}
console.log({ files, props, ...ok, suggestionsOnTopic: `${sOk}/${sugg}` });
