// The small own-city library the comparison tests share: a bureau.yml naming the library's city (临川市), and policy
// files written as a bureau's corpus holds them (front matter, title line, one paragraph per blank-line block); and the
// set-up of a test answering over one or two invented documents of the city's bureau (oneDocumentLibrary, ownCityLibrary).
import { testLibrary, type TestLibrary } from './library.js';

/** bureau.yml of 临川市住房和城乡建设局: the library's own city is 临川市. */
export const LINCHUAN_BUREAU = ['name: 临川市住房和城乡建设局', 'shortName: 市住建局', 'city: 临川市', 'contact:', '  unit: 临川市住房和城乡建设局城市更新科', '  phone: "0000-1234567"', ''].join('\n');

/** A policy file: front matter (title, issuer, kind: policy), the title line, then each paragraph after a blank line. */
export function policyFile(title: string, issuer: string, paragraphs: string[]): string {
  return ['---', `title: ${title}`, `issuer: ${issuer}`, 'kind: policy', '---', title, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n');
}

/** The own city's bureau, which issues the library's invented policy files. */
export const LINCHUAN_ISSUER = '临川市住房和城乡建设局';

/** A policy file of the own city's bureau (LINCHUAN_ISSUER): its title, then each paragraph. */
export function ownPolicyFile(title: string, ...paragraphs: string[]): string {
  return policyFile(title, LINCHUAN_ISSUER, paragraphs);
}

/**
 * The own city's library over invented documents (file name → text), its bureau.yml beside them: built before the
 * calling file's or block's tests, questions asked of it.
 */
export function ownCityLibrary(files: Record<string, string>): TestLibrary {
  return testLibrary({ files: { 'bureau.yml': LINCHUAN_BUREAU, ...files } });
}

/** An answer over one invented document: the own city's library holding one policy file of its bureau (ownPolicyFile). */
export function oneDocumentLibrary(title: string, ...paragraphs: string[]): TestLibrary {
  return ownCityLibrary({ 'doc.txt': ownPolicyFile(title, ...paragraphs) });
}
