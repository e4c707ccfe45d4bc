// The nouns that end the name of a government body ("市住建局", "住建部门", "区政府"), as regular-expression source: one
// place for drafting (who is asked to act) and answering (who signed a document).

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
