// Which files the user named (paths, directories, globs, `-`), and reading them safely:
// a missing, oversized or binary file becomes a message naming it, never a crash.
import * as fs from 'fs';
import * as path from 'path';
import fg from 'fast-glob';
import { decodeDraft, type Decoded } from './decode';

/** Extensions checked when a directory is named. */
const DRAFT_EXTENSIONS = ['md', 'markdown', 'txt', 'text', 'draft', 'news'];
const IGNORED = ['**/node_modules/**', '**/.git/**'];

export type InputTarget = { kind: 'stdin' } | { kind: 'file'; /** As shown in reports. */ display: string; absolute: string };

export interface ResolvedInputs {
  targets: InputTarget[];
  /** Arguments that named nothing readable, with a message each. */
  problems: string[];
}

export function resolveInputs(args: readonly string[], cwd: string): ResolvedInputs {
  const targets: InputTarget[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  const add = (absolute: string): void => {
    if (seen.has(absolute)) return;
    seen.add(absolute);
    targets.push({ kind: 'file', display: displayPath(absolute, cwd), absolute });
  };

  for (const arg of args) {
    if (arg === '-') {
      if (!seen.has('-')) targets.push({ kind: 'stdin' });
      seen.add('-');
      continue;
    }
    const absolute = path.resolve(cwd, arg);
    const stat = statOrNull(absolute);
    if (stat?.isFile()) {
      add(absolute);
    } else if (stat?.isDirectory()) {
      const found = glob(`**/*.{${DRAFT_EXTENSIONS.join(',')}}`, absolute);
      if (found.length === 0) problems.push(`no drafts (${DRAFT_EXTENSIONS.map((e) => '.' + e).join(', ')}) in directory '${arg}'`);
      found.forEach(add);
    } else if (fg.isDynamicPattern(arg)) {
      const found = glob(arg, cwd);
      if (found.length === 0) problems.push(`no files match '${arg}'`);
      found.forEach(add);
    } else {
      problems.push(`cannot read '${arg}': no such file or directory`);
    }
  }
  return { targets, problems };
}

function glob(pattern: string, cwd: string): string[] {
  return fg
    .sync(pattern, { cwd, absolute: true, onlyFiles: true, dot: false, ignore: IGNORED, followSymbolicLinks: false })
    .map((p) => path.resolve(p))
    .sort();
}

function statOrNull(p: string): fs.Stats | null {
  try {
    return fs.statSync(p);
  } catch {
    return null;
  }
}

/** Relative to the working directory when inside it, with forward slashes; absolute otherwise. */
export function displayPath(absolute: string, cwd: string): string {
  const rel = path.relative(cwd, absolute);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return absolute;
  return rel.split(path.sep).join('/');
}

export type ReadResult = Decoded;

/** Reads a text file of at most maxBytes; any failure is a reason in words. */
export function readTextFile(absolute: string, maxBytes: number): ReadResult {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(absolute);
  } catch (err) {
    return { ok: false, reason: describeFsError(err) };
  }
  if (stat.isDirectory()) return { ok: false, reason: 'it is a directory' };
  if (stat.size > maxBytes) return { ok: false, reason: tooBig(stat.size, maxBytes) };
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(absolute);
  } catch (err) {
    return { ok: false, reason: describeFsError(err) };
  }
  // The file may have grown between stat and read.
  if (bytes.length > maxBytes) return { ok: false, reason: tooBig(bytes.length, maxBytes) };
  return decodeDraft(bytes);
}

/** Reads standard input, refusing to buffer more than maxBytes. */
export async function readStream(stream: NodeJS.ReadableStream, maxBytes: number): Promise<ReadResult> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array);
      total += buf.length;
      if (total > maxBytes) return { ok: false, reason: tooBig(total, maxBytes, true) };
      chunks.push(buf);
    }
  } catch (err) {
    return { ok: false, reason: describeFsError(err) };
  }
  return decodeDraft(Buffer.concat(chunks));
}

function tooBig(bytes: number, maxBytes: number, atLeast = false): string {
  const limit = `the ${Math.floor(maxBytes / 1024)} KB limit (raise it with --max-file-size-kb)`;
  return atLeast ? `it is larger than ${limit}` : `it is ${Math.ceil(bytes / 1024)} KB, over ${limit}`;
}

function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a directory';
    default:
      return err instanceof Error ? err.message : String(err);
  }
}

/** Markdown for .md/.markdown, plain text for everything else. */
export function formatForPath(p: string): 'markdown' | 'plaintext' {
  return /\.(md|markdown)$/i.test(p) ? 'markdown' : 'plaintext';
}
