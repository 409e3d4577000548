/**
 * Small text helpers shared by the importers: size limit, BOM, line endings.
 * Pure functions, no browser APIs beyond the standard `TextDecoder`.
 */
import { MAX_IMPORT_BYTES } from './types';

/** UTF-8 byte length of a string without allocating an encoded copy. */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      // A surrogate pair is one 4-byte code point.
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * The fatal message for a file over the import limit, or undefined when it fits.
 * Exact byte count only when the character count alone cannot decide.
 */
export function tooLargeMessage(text: string): string | undefined {
  const limitMb = Math.round(MAX_IMPORT_BYTES / (1024 * 1024));
  if (text.length <= MAX_IMPORT_BYTES / 3) return undefined;
  const size = text.length > MAX_IMPORT_BYTES ? text.length : utf8ByteLength(text);
  if (size <= MAX_IMPORT_BYTES) return undefined;
  return `The file is ${(size / (1024 * 1024)).toFixed(1)} MB; files over ${limitMb} MB are not imported. Split it into smaller files.`;
}

/** Same check for raw bytes (vCard, MARC, backups read as bytes). */
export function tooLargeBytesMessage(bytes: Uint8Array): string | undefined {
  if (bytes.length <= MAX_IMPORT_BYTES) return undefined;
  const limitMb = Math.round(MAX_IMPORT_BYTES / (1024 * 1024));
  return `The file is ${(bytes.length / (1024 * 1024)).toFixed(1)} MB; files over ${limitMb} MB are not imported. Split it into smaller files.`;
}

/** Drops a leading byte-order mark (U+FEFF), which spreadsheets add to UTF-8 CSV. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** CRLF and old-Mac CR-only line endings become LF, so that line counting is one rule. */
export function normaliseNewlines(text: string): string {
  return text.indexOf('\r') === -1 ? text : text.replace(/\r\n?/g, '\n');
}

/**
 * Decodes a file's bytes to text, guessing the encoding the way real exports need:
 * a BOM first (UTF-8, UTF-16LE, UTF-16BE); then UTF-16 without a BOM, recognised by
 * NUL bytes on every other position (ASCII text in UTF-16 has a zero high byte);
 * then strict UTF-8; and windows-1252 when the bytes are not valid UTF-8 (old Outlook
 * and Excel exports).
 */
export function decodeText(bytes: Uint8Array): string {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (b0 === 0xff && b1 === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (b0 === 0xfe && b1 === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const utf16 = guessUtf16(bytes);
  if (utf16) return new TextDecoder(utf16).decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

/** Windows-1252's 0x80–0x9F, which differ from Latin-1 (0 = unassigned, kept as is). */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/**
 * Windows-1252 by table: Node's TextDecoder (without full ICU) decodes the label as
 * Latin-1, turning curly quotes and dashes into control characters.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const codes = Array.from(bytes.subarray(i, i + 8192), (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] || b : b));
    out += String.fromCharCode(...codes);
  }
  return out;
}

/** Looks at up to the first 1,000 byte pairs: mostly-NUL even bytes → BE, odd → LE. */
function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length - (bytes.length % 2), 2000);
  if (n < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (evenZeros > pairs * 0.6 && oddZeros < pairs * 0.1) return 'utf-16be';
  if (oddZeros > pairs * 0.6 && evenZeros < pairs * 0.1) return 'utf-16le';
  return undefined;
}
