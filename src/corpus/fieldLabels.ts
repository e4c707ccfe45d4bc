// The labels of a form's personal fields, as regular-expression sources shared by redaction (which hides the values)
// and form reading (which leaves the filler's lines out of the index), so both recognise the same fields, and the marks that replace their values.

export const REDACTED_ID = '【已隐去身份证号】';
export const REDACTED_SIGNATURE = '【已隐去签名】';

/** Who signs a proposal or a feedback form: "提案者签名", "代表签字". */
export const SIGNER = '提案者|提案人|建议者|建议人|代表|委员|本人';
/** The signature field itself. */
export const SIGNATURE_WORD = '签名|签字|签章';
/** A signature label with its optional signer: "提案者签名", "签字". */
export const SIGNATURE_LABEL = `(?:${SIGNER})?(?:${SIGNATURE_WORD})`;
/** The ID-number field: "身份证号码", "公民身份号码", "证件号码". */
export const ID_NUMBER_LABEL = '(?:公民)?身份(?:证件?|证号码?|号码)(?:号码?)?|证件号码';
