/** The bodies an ask is addressed to ("市住建局", "有关部门"), as regular-expression source: one pattern for the words that announce asks and for headings. */
export const ADDRESSEE = '(?:市|区|县|省)?(?:委|政府|人民政府|相关部门|有关部门|主管部门|职能部门|住建局|住建部门|住房和城乡建设局|住房城乡建设部门|各级政府|各地)';

/**
 * Government bodies asked to act ("市住建局", "住建部门", "市城管局、市公安局", "…等部门"), as regular-expression source.
 * Not a 单位 or 企业: "专业经营单位应当承担…" asks what that body should bear, and the body is the topic.
 */
// 局 and 办 end ordinary words too (布局, 格局, 大局; 举办, 创办, 开办): those are no body.
export const BUREAU = '(?<![布格结大全开变当])局';
const OFFICE = '(?<![举创开兴承协督])办';
/** The noun that ends a department's name: "市住建局", "住建部门", "市发展和改革委员会". */
export const DEPARTMENT_NOUN = `(?:部门|${BUREAU}|委员会)`;
/**
 * The noun that ends the name of any government body: a department, or "区政府", "市城管委", "市改造办", "街道". With no
 * modal or 会同 after it only a department names who acts: "以政府购买服务的方式" is the manner, not an actor.
 */
export const AGENCY_NOUN = `(?:${DEPARTMENT_NOUN}|委|${OFFICE}|政府|街道)`;
/** The noun that ends the name of any body, government or not: "专业经营单位", "物业服务企业", "供电公司", "市住建局". */
export const BODY_NOUN = `(?:单位|企业|公司|机构|组织|${AGENCY_NOUN})`;
const BODY = String.raw`[^，,。；;、：:“”]{0,10}?${AGENCY_NOUN}`;
export const GOVERNMENT_BODIES = `${BODY}(?:[、和与及]${BODY})*(?:等部门)?`;
/** The modal after who is asked to act: "市住建局要…", "财政部门应…". */
export const ACTOR_MODAL = '(?:要|应当|应该|应|需要|需|须|必须)';
/** How one body acts with others: "市住建局会同市财政局…", "由街道牵头…". */
export const COORDINATES = '(?:会同|牵头|联合|协同|配合)';
