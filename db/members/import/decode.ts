/**
 * The text of a CSV file: a UTF-8 byte-order mark means UTF-8; otherwise UTF-8 if the bytes are
 * valid UTF-8, else GBK (what Excel and WPS save "CSV" as on Chinese Windows). GB18030 is used
 * for the decoding as the superset of GBK, so rare characters in names survive.
 */
export function decodeCsvText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}
