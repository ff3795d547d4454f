// XML 1.0 escaping for the JUnit report: text, attributes, and characters XML cannot hold at all.

/** Characters outside XML 1.0's `Char` production (controls, lone surrogates, U+FFFE/FFFF). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the XML 1.0 Char production is a list of control characters
const INVALID_XML_CHARS = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Replaces what XML 1.0 cannot represent, even escaped, with U+FFFD. */
export function xmlSafe(text: string): string {
  return text.replace(INVALID_XML_CHARS, '\uFFFD');
}

/** Element content: `&`, `<`, `>` escaped (`>` for `]]>`). */
export function escapeText(text: string): string {
  return xmlSafe(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An attribute value in double quotes; tabs and line breaks as references so parsers keep them. */
export function escapeAttribute(text: string): string {
  return escapeText(text)
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

/** `name="value" ...` for the defined attributes, in the given order. */
export function attributes(attrs: Readonly<Record<string, string | number | undefined>>): string {
  return Object.entries(attrs)
    .filter((e): e is [string, string | number] => e[1] !== undefined)
    .map(([k, v]) => ` ${k}="${escapeAttribute(String(v))}"`)
    .join('');
}
