import { AGENCY_NOUN, BODY_NOUN, BUREAU, DEPARTMENT_NOUN } from '../../text/agencies.js';

export { AGENCY_NOUN, BODY_NOUN, BUREAU, DEPARTMENT_NOUN };

/** The bodies an ask is addressed to ("市住建局", "有关部门"), as regular-expression source: one pattern for the words that announce asks and for headings. */
export const ADDRESSEE = '(?:市|区|县|省)?(?:委|政府|人民政府|相关部门|有关部门|主管部门|职能部门|住建局|住建部门|住房和城乡建设局|住房城乡建设部门|各级政府|各地)';

/**
 * Government bodies asked to act ("市住建局", "住建部门", "市城管局、市公安局", "…等部门"), as regular-expression source.
 * Not a 单位 or 企业: "专业经营单位应当承担…" asks what that body should bear, and the body is the topic.
 */
const BODY = String.raw`[^，,。；;、：:“”]{0,10}?${AGENCY_NOUN}`;
export const GOVERNMENT_BODIES = `${BODY}(?:[、和与及]${BODY})*(?:等部门)?`;
/** The modal after who is asked to act: "市住建局要…", "财政部门应…". */
export const ACTOR_MODAL = '(?:要|应当|应该|应|需要|需|须|必须)';
/** How one body acts with others: "市住建局会同市财政局…", "由街道牵头…". */
export const COORDINATES = '(?:会同|牵头|联合|协同|配合)';
