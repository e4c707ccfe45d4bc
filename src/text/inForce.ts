// Whether a text states what applies or only what is proposed: the one place the answer stage (a figure only
// proposed) and drafting (a document not in force) read it.

/** The name of a version not in force: 讨论稿, 征求意见稿, 草案, 送审稿. */
const DRAFT_VERSION = '讨论稿|征求意见稿|草案|送审稿';

/** A document's head naming it a version not in force (or a call for comments on it, 意见征求). */
export const NOT_IN_FORCE = new RegExp(`${DRAFT_VERSION}|意见征求`, 'u');

/**
 * A sentence only proposing what it states: a clause opening with 拟 ("拟对…给予补贴，每台每年3000元"; not 拟定, 拟稿),
 * a version not in force, or a matter left open (尚待, 待定).
 */
export const PROPOSED = new RegExp(`(?:^|[，,；;：:])\\s*(?:现)?拟(?![定稿])|${DRAFT_VERSION}|尚待|待定`, 'u');
