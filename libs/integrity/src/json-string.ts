// Characters JSON.stringify escapes (", \, U+0000–U+001F) and halves of surrogate pairs.
const NEEDS_CARE = /["\\\u0000-\u001f\ud800-\udfff]/;
// A lone (unpaired) UTF-16 surrogate: not valid I-JSON (RFC 7493), so RFC 8785 cannot serialize it.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * A string as RFC 8785 §3.2.2.2 writes it: in double quotes, with `\b \t \n \f \r \" \\` escaped,
 * other controls as lowercase `\u00xx`, and every other character as itself (ECMAScript's
 * JSON.stringify does exactly this). Returns undefined when the string holds a lone surrogate.
 */
export function quoteJsonString(text: string): string | undefined {
  // Most strings need no escape at all: skip JSON.stringify, whose per-call cost dominates short strings.
  if (!NEEDS_CARE.test(text)) return '"' + text + '"';
  return LONE_SURROGATE.test(text) ? undefined : JSON.stringify(text);
}
