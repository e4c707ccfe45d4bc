import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Chunk, Searcher, SearchOptions } from '../types.js';

/**
 * Per-channel documents. A document is restricted to Slack channels by its front matter (`channels: ["C…"]`) or
 * by a folder rule in corpus/bureau.yml (`channels: { "restricted/": ["C123"] }`: every document under that folder);
 * both apply (the lists are joined). A restricted document is visible only to a search made for one of its
 * channels; a search without a channel (the operator's CLI) sees everything. A DM id (D…) never matches a rule, so
 * restricted documents stay invisible in DMs.
 */
export type ChannelRules = Record<string, string[]>;

/** Whether a chunk may be shown to `channel` (undefined: the operator, who sees everything). */
export function visibleIn(chunk: Chunk, channel: string | undefined): boolean {
  return visibleToChannel(chunk.channels ?? [], channel);
}

/** Whether a document restricted to `channels` (none: unrestricted) may be shown to `channel`. */
export function visibleToChannel(channels: readonly string[], channel: string | undefined): boolean {
  return channel === undefined || channels.length === 0 || channels.includes(channel);
}

/** The folder rules of corpus/bureau.yml; a missing file or key means none, a malformed one is reported. */
export function loadChannelRules(corpusDir: string): ChannelRules {
  let text: string;
  try {
    text = readFileSync(path.join(corpusDir, 'bureau.yml'), 'utf8');
  } catch {
    return {};
  }
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch {
    return {};
  }
  const rules = (raw as { channels?: unknown } | null)?.channels;
  if (rules === undefined || rules === null) return {};
  if (typeof rules !== 'object' || Array.isArray(rules)) throw new Error('bureau.yml 中的 channels 应为“文件夹: [频道ID]”的映射');
  const out: ChannelRules = {};
  for (const [folder, ids] of Object.entries(rules as Record<string, unknown>)) {
    out[folder.replace(/\\/g, '/').replace(/^\.?\/+/, '')] = channelList(ids, `bureau.yml channels.${folder}`);
  }
  return out;
}

/** The channels of a document at `relPath` with front matter value `declared`: its own list plus matching folder rules. */
export function channelsFor(relPath: string, declared: unknown, rules: ChannelRules): string[] {
  const own = declared === undefined || declared === null ? [] : channelList(declared, `${relPath} 的 channels`);
  const fromFolders = Object.entries(rules)
    .filter(([folder]) => relPath.startsWith(folder.endsWith('/') ? folder : `${folder}/`))
    .flatMap(([, ids]) => ids);
  return [...new Set([...own, ...fromFolders])].sort();
}

/** A document's chunks tagged with its channels, or the (Chinese) reason its declared channels are unusable. */
export function tagWithChannels(
  doc: { path: string; frontMatter: { extra: Record<string, unknown> } },
  chunks: Chunk[],
  rules: ChannelRules,
): { chunks: Chunk[] } | { problem: string } {
  let channels: string[];
  try {
    channels = channelsFor(doc.path, doc.frontMatter.extra.channels, rules);
  } catch (err) {
    return { problem: (err as Error).message };
  }
  return { chunks: channels.length ? chunks.map((chunk) => ({ ...chunk, channels })) : chunks };
}

function channelList(value: unknown, where: string): string[] {
  const list = Array.isArray(value) ? value : [value];
  const ids = list.map((v) => String(v).trim()).filter((v) => v !== '');
  if (ids.some((id) => !/^[A-Z0-9]+$/.test(id))) throw new Error(`${where} 中的频道 ID 格式不对（应为 C0123ABCD 这样的 ID）`);
  return ids;
}

/**
 * The searcher as seen from `channel`: every search carries the channel, and `chunksOf` returns nothing for a
 * document restricted elsewhere, so answer and draft code that reads whole documents cannot leak one either.
 */
export function scopeToChannel<S extends Searcher>(searcher: S, channel: string | undefined): Searcher {
  if (channel === undefined) return searcher;
  return {
    get embeddingsId() {
      return searcher.embeddingsId;
    },
    size: () => searcher.size(),
    // Library-wide term statistics (the gate's rarity weights); they count chunks, never show their text.
    ...(searcher.documentFrequency ? { documentFrequency: (term: string) => searcher.documentFrequency!(term) } : {}),
    search: (query: string, options: SearchOptions = {}) => searcher.search(query, { ...options, channel }),
    chunksOf: (docId: string) => {
      const chunks = searcher.chunksOf(docId);
      return chunks.every((c) => visibleIn(c, channel)) ? chunks : [];
    },
  };
}

/**
 * Services (anything holding a `search`) as seen from a Slack channel or DM: searches and whole-document reads skip
 * documents restricted to other channels. Undefined channel (the operator's CLI): unchanged.
 */
export function forChannel<T extends { search: Searcher }>(services: T, channel: string | undefined): T {
  return channel === undefined ? services : { ...services, search: scopeToChannel(services.search, channel) };
}
