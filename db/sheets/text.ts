/**
 * The text of a delimited file as Excel, WPS and other systems save it: a byte-order mark names
 * UTF-16LE (Excel's "Unicode 文本"), UTF-16BE or UTF-8; without one, UTF-8 if the bytes are valid
 * UTF-8, else GBK (what Excel and WPS save "CSV" as on Chinese Windows). GB18030 is used for the
 * decoding as the superset of GBK, so rare characters in names survive.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}
