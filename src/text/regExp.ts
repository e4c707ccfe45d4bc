/** `text` as a literal inside a RegExp source: every metacharacter escaped, nothing else (valid under the u flag). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/**
 * A pattern built from a length (a title's or a label's most characters), compiled once per length and kept: for
 * patterns tried on every line of a text.
 */
export function compiledPerLength(build: (length: number) => RegExp): (length: number) => RegExp {
  const compiled = new Map<number, RegExp>();
  return (length) => {
    let pattern = compiled.get(length);
    if (!pattern) {
      pattern = build(length);
      compiled.set(length, pattern);
    }
    return pattern;
  };
}
