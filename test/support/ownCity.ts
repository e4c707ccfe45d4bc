// The small own-city library the comparison tests share: a bureau.yml naming the library's city (临川市), and policy
// files written as a bureau's corpus holds them (front matter, title line, one paragraph per blank-line block).

/** bureau.yml of 临川市住房和城乡建设局: the library's own city is 临川市. */
export const LINCHUAN_BUREAU = ['name: 临川市住房和城乡建设局', 'shortName: 市住建局', 'city: 临川市', 'contact:', '  unit: 临川市住房和城乡建设局城市更新科', '  phone: "0000-1234567"', ''].join('\n');

/** A policy file: front matter (title, issuer, kind: policy), the title line, then each paragraph after a blank line. */
export function policyFile(title: string, issuer: string, paragraphs: string[]): string {
  return ['---', `title: ${title}`, `issuer: ${issuer}`, 'kind: policy', '---', title, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n');
}
