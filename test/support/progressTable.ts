// A half-year progress table of old-estate renovation, as a city bureau publishes it: the city's totals, then one row
// of rates per district. Tests of follow-ups and of month ranges ask of its rows.

/** The table, issued by `issuer` (e.g. "临川市住房和城乡建设局"). */
export function progressTable(issuer: string): string {
  return [
    '---',
    'title: 2025年1—6月全市城镇老旧小区改造进度统计表',
    `issuer: ${issuer}`,
    'kind: policy',
    '---',
    '2025年1—6月全市城镇老旧小区改造进度统计表',
    '（统计截至2025年6月30日）',
    '',
    '一、总体进度',
    '计划改造小区：120个',
    '已开工：96个，开工率80.0%，同比提高5.1个百分点',
    '已完工：30个，完工率25.0%，同比提高3.2个百分点',
    '',
    '二、分县（市、区）进度',
    '县（市、区）\t开工率\t完工率\t投资完成率',
    '东城区\t100%\t41.7%\t52.3%',
    '西城区\t85.0%\t20.0%\t38.9%',
    '青石县\t70.0%\t15.0%\t30.2%',
    '',
    '三、说明',
    '1．开工率、完工率按小区个数计算；投资完成率按计划投资计算。',
    '',
  ].join('\n');
}
