import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, loadBureau, loadConfig } from '../src/config.js';

describe('bureau.yml as a bureau writes it', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'bureau-yml-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps an unquoted phone as written (leading zero included) and treats empty values as unset', () => {
    writeFileSync(
      path.join(dir, 'bureau.yml'),
      'name: 某市住房和城乡建设局\nsigner:\ncontact:\n  unit: 某市住建局城建科\n  phone: 03712169961\n  person: ~\ncc:\n  - 市政协提案委\n  -\n',
    );
    const bureau = loadBureau(dir);
    expect(bureau.contact).toEqual({ unit: '某市住建局城建科', phone: '03712169961' });
    expect(bureau.signer).toBeUndefined();
    expect(bureau.cc).toEqual(['市政协提案委']);
  });

  it('treats an empty or comments-only bureau.yml as absent (placeholders in drafts)', () => {
    writeFileSync(path.join(dir, 'bureau.yml'), '# 待填写\n');
    expect(loadBureau(dir).name).toContain('待补充');
  });

  it('reads the 文号 prefix as one value or one per kind, and names a wrong kind key', () => {
    writeFileSync(path.join(dir, 'bureau.yml'), 'name: 某局\ncontact:\n  unit: 某局\n  phone: "123"\nnumberPrefix:\n  提案: 某建政协\n  建议: 某建人大\n');
    expect(loadBureau(dir).numberPrefix).toEqual({ 提案: '某建政协', 建议: '某建人大' });
    writeFileSync(path.join(dir, 'bureau.yml'), 'name: 某局\ncontact:\n  unit: 某局\n  phone: "123"\nnumberPrefix: 某建函\n');
    expect(loadBureau(dir).numberPrefix).toBe('某建函');
    writeFileSync(path.join(dir, 'bureau.yml'), 'name: 某局\ncontact:\n  unit: 某局\n  phone: "123"\nnumberPrefix:\n  人大: 某建人大\n');
    expect(() => loadBureau(dir)).toThrow(/numberPrefix/);
  });

  it('still lists what is missing', () => {
    writeFileSync(path.join(dir, 'bureau.yml'), 'name: 某局\ncontact:\n  unit:\n');
    expect(() => loadBureau(dir)).toThrow(ConfigError);
    expect(() => loadBureau(dir)).toThrow(/contact\.(unit|phone)/);
  });
});

describe('environment', () => {
  it('refuses EMBEDDINGS=openai with neither a key nor a base URL, and accepts it with a local server', () => {
    expect(() => loadConfig({ EMBEDDINGS: 'openai' })).toThrow(/EMBEDDINGS=openai 需要 OPENAI_API_KEY 或 OPENAI_BASE_URL/);
    expect(loadConfig({ EMBEDDINGS: 'openai', OPENAI_BASE_URL: 'http://127.0.0.1:8000/v1' }).EMBEDDINGS).toBe('openai');
  });
});
