/** The bodies an ask is addressed to ("市住建局", "有关部门"), as regular-expression source: one pattern for the words that announce asks and for headings. */
export const ADDRESSEE = '(?:市|区|县|省)?(?:委|政府|人民政府|相关部门|有关部门|主管部门|职能部门|住建局|住建部门|住房和城乡建设局|住房城乡建设部门|各级政府|各地)';
