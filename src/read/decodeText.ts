// File bytes -> text, or the reason they are not readable text: empty, binary (NUL byte),
// UTF-16/32 (BOM), invalid UTF-8 (TextDecoder fatal), whitespace only. A UTF-8 BOM is dropped.
// Example: decodeText(Buffer.from('Kim met Moon.')) -> { text: 'Kim met Moon.' }
//          decodeText(Uint8Array.of(0x4b, 0xe9, 0x6d)) -> { reason: 'not valid UTF-8 …' }

export type Decoded = { text: string } | { reason: string };

export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { reason: 'empty file' };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { reason: 'UTF-16/UTF-32 encoded (byte order mark); only UTF-8 is supported' };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { reason: `binary file (NUL byte at offset ${nul})` };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { reason: 'not valid UTF-8 text' };
  }
  if (text.trim() === '') return { reason: 'empty file (whitespace only)' };
  return { text };
}
