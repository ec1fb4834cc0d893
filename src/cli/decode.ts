// Turns file bytes into text, or says why they are not a text draft.

export type Decoded =
  | { ok: true; text: string; /** The file started with a byte-order mark (restored on --fix). */ bom: 'utf8' | 'utf16le' | 'utf16be' | null }
  | { ok: false; reason: string };

export function decodeDraft(bytes: Uint8Array): Decoded {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return textOrBinary(new TextDecoder('utf-8').decode(bytes.subarray(3)), 'utf8');
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return textOrBinary(new TextDecoder('utf-16le').decode(bytes.subarray(2)), 'utf16le');
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return textOrBinary(new TextDecoder('utf-16be').decode(bytes.subarray(2)), 'utf16be');
  }
  // Text files never contain NUL; images, archives and office documents almost always do.
  if (bytes.indexOf(0) !== -1) return { ok: false, reason: 'it looks like a binary file (it contains NUL bytes)' };
  return { ok: true, text: new TextDecoder('utf-8').decode(bytes), bom: null };
}

function textOrBinary(text: string, bom: 'utf8' | 'utf16le' | 'utf16be'): Decoded {
  if (text.includes('\u0000')) return { ok: false, reason: 'it looks like a binary file (it contains NUL characters)' };
  return { ok: true, text, bom };
}

/** Bytes to write back after --fix, in the file's original encoding. */
export function encodeDraft(text: string, bom: 'utf8' | 'utf16le' | 'utf16be' | null): Buffer {
  if (bom === 'utf16le') return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  if (bom === 'utf16be') {
    const le = Buffer.from(text, 'utf16le');
    for (let i = 0; i + 1 < le.length; i += 2) {
      const t = le[i];
      le[i] = le[i + 1];
      le[i + 1] = t;
    }
    return Buffer.concat([Buffer.from([0xfe, 0xff]), le]);
  }
  const body = Buffer.from(text, 'utf8');
  return bom === 'utf8' ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
}
