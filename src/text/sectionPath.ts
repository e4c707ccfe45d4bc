// A chunk's section path: its heading chain joined by one separator ("二、关于… > （一）…"); "" for the preamble.

export const SECTION_SEPARATOR = ' > ';

/** The headings of a section path, outermost first. */
export function sectionParts(sectionPath: string): string[] {
  return sectionPath ? sectionPath.split(SECTION_SEPARATOR) : [];
}

export function joinSectionPath(parts: string[]): string {
  return parts.join(SECTION_SEPARATOR);
}
