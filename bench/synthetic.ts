// A synthetic corpus of realistic Chinese chunks, recombined from the sentences and headings of the shipped corpus.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { listFiles } from '../src/retrieval/store.js';

export interface SentencePool {
  sentences: string[];
  headings: string[];
  titles: string[];
}

const HEADING = /^[一二三四五六七八九十]+、.{2,40}$/;
const PLACES = ['许昌', '洛阳', '开封', '南阳', '信阳', '周口', '商丘', '安阳', '新乡', '焦作', '濮阳', '漯河', '三门峡', '鹤壁', '驻马店', '平顶山'];

/** Sentences, headings and titles of every text file under `corpusDir` (front matter removed). */
export async function loadSentencePool(corpusDir: string): Promise<SentencePool> {
  const sentences: string[] = [];
  const headings: string[] = [];
  const titles: string[] = [];
  for (const rel of await listFiles(corpusDir)) {
    if (!/\.(txt|md)$/i.test(rel)) continue;
    let text = readFileSync(path.join(corpusDir, rel), 'utf8');
    const front = /^---\n([\s\S]*?)\n---\n/.exec(text);
    if (front) {
      const title = /^title:\s*"?(.+?)"?\s*$/m.exec(front[1]);
      if (title) titles.push(title[1]);
      text = text.slice(front[0].length);
    }
    for (const line of text.split('\n').map((l) => l.trim())) {
      if (!line) continue;
      if (HEADING.test(line)) headings.push(line);
      for (const s of line.split(/(?<=[。！？；])/)) if (s.length >= 8) sentences.push(s);
    }
  }
  if (titles.length === 0) titles.push('关于老旧小区改造的答复');
  if (headings.length === 0) headings.push('一、工作情况');
  return { sentences, headings, titles };
}

/** A small deterministic PRNG (mulberry32), so every run benchmarks the same corpus. */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticDocument {
  /** Path relative to the corpus folder. */
  path: string;
  text: string;
}

/**
 * `count` synthetic documents as files would hold them (front matter, 文号 line, 一、二、 sections of recombined
 * corpus sentences with places and figures varied), for the real parser and chunker to cut into chunks.
 */
export function generateDocuments(pool: SentencePool, count: number, seed = 42): SyntheticDocument[] {
  const random = createRandom(seed);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  const docs: SyntheticDocument[] = [];
  for (let d = 0; d < count; d++) {
    const place = PLACES[d % PLACES.length];
    const kind = d % 3 === 0 ? 'policy' : 'reply';
    const title = `${place}${pick(pool.titles)}`.slice(0, 60).replace(/"/g, '');
    const number = `${place}建〔${2015 + (d % 10)}〕${(d % 300) + 1}号`;
    const sections = 2 + Math.floor(random() * 4);
    const paragraph = (min: number, spread: number) =>
      Array.from({ length: min + Math.floor(random() * spread) }, () => vary(pick(pool.sentences), place, random)).join('');
    const body: string[] = [paragraph(5, 5)];
    for (let s = 0; s < sections; s++) {
      body.push(`${NUMERALS[s]}、${pick(pool.headings).replace(/^[一二三四五六七八九十]+、/, '')}`);
      const paragraphs = 1 + Math.floor(random() * 3);
      for (let p = 0; p < paragraphs; p++) body.push(paragraph(5, 6));
    }
    const text = `---\ntitle: "${title}"\nnumber: "${number}"\nkind: "${kind}"\n---\n\n${title}\n\n${body.join('\n\n')}\n`;
    docs.push({ path: `${kind === 'policy' ? 'policies' : 'replies'}/syn${String(d).padStart(7, '0')}.txt`, text });
  }
  return docs;
}

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** Questions as staff type them (dev questions, their paraphrases, the v2 evaluation set): never slices of a chunk. */
export function benchQuestions(root: string): string[] {
  const files = ['test/fixtures/dev-paraphrase.jsonl', 'test/fixtures/dev-questions.jsonl', 'test/fixtures/eval/qa-v2.jsonl'];
  const questions: string[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(path.join(root, file), 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      const q = (JSON.parse(line) as { question?: unknown }).question;
      if (typeof q === 'string' && q.trim()) questions.push(q.trim());
    }
  }
  return questions;
}

function vary(sentence: string, place: string, random: () => number): string {
  return sentence
    .replace(/许昌|北碚|个旧|君山|临湘|清原|兴庆|牡丹江/g, place)
    .replace(/\d+/g, (digits) => String(Math.max(1, Math.round(Number(digits) * (0.5 + random())))));
}
