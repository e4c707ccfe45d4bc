import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const PROMPTS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'prompts');

const cache = new Map<string, string>();

/** Loads prompts/<name>.md once. */
export function loadPrompt(name: string, dir = PROMPTS_DIR): string {
  const key = path.join(dir, `${name}.md`);
  let text = cache.get(key);
  if (text === undefined) {
    text = readFileSync(key, 'utf8');
    cache.set(key, text);
  }
  return text;
}

/** Fills {{placeholders}}; an unknown placeholder is an error, so a typo never ships an empty prompt. */
export function fillPrompt(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, key: string) => {
    if (!(key in values)) throw new Error(`prompt placeholder {{${key}}} has no value`);
    return values[key];
  });
}
