// Finds and reads the reference articles that apply to a draft: the `references` globs, the
// `referenceFiles` list, the draft's front matter and editors chosen with "Use Active Editor as
// Reference". Problems (missing, unreadable, huge or binary files, files outside an untrusted
// workspace) become warnings, never exceptions.
import * as vscode from 'vscode';
import type { ReferenceText } from '../engine/types';
import { LruCache } from '../engine/lru';
import type { Settings } from './config';
import { frontMatterReferences } from './frontMatter';
import { isInsideWorkspace, resolveUserPath } from './paths';

/** Beyond this many files from the globs, the rest are ignored with a warning. */
const MAX_GLOB_FILES = 200;
const MAX_CACHED_FILES = 256;

export interface ReferenceEntry {
  uri: vscode.Uri;
  /** Path shown to the user and passed to the engine as ReferenceText.path. */
  label: string;
  text: string;
}

export interface ReferenceSnapshot {
  /** Changes whenever any reference's content changes; the worker caches reference sets by it. */
  key: string;
  texts: ReferenceText[];
  /** By label, to turn an engine fact (path + offsets) back into a location. */
  byLabel: Map<string, ReferenceEntry>;
  warnings: string[];
}

type FileRead = { stamp: string; text: string } | { stamp: string; problem: string };

export class ReferenceStore implements vscode.Disposable {
  private readonly fileCache = new LruCache<FileRead>(MAX_CACHED_FILES);
  private readonly globCache = new Map<string, Promise<vscode.Uri[]>>();
  /** Untitled or other editors chosen with "Use Active Editor as Reference" this session. */
  private readonly sessionReferences = new Map<string, vscode.Uri>();
  /** Every uri used as a reference recently, to know which edits and file events matter. */
  private readonly known = new LruCache<true>(MAX_CACHED_FILES);
  private watchers: vscode.Disposable[] = [];
  private readonly disposables: vscode.Disposable[] = [];
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when reference content or the set of reference files may have changed. */
  readonly onDidChange = this.changed.event;

  constructor() {
    this.disposables.push(
      this.changed,
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length > 0 && this.known.has(e.document.uri.toString())) this.changed.fire();
      }),
      vscode.workspace.onDidCloseTextDocument((doc) => {
        // An unsaved reference editor was closed: its text falls back to the file on disk.
        const key = doc.uri.toString();
        if (this.known.has(key)) {
          this.fileCache.delete(key);
          if (this.sessionReferences.delete(key) || doc.isDirty) this.changed.fire();
        }
      }),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.invalidateAll()),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.invalidateAll()),
    );
  }

  /** Problems met while setting up watchers, for the log. */
  readonly problems: string[] = [];

  /** Re-creates the file watchers for the current `references` globs of every folder. */
  watch(globsByFolder: Array<{ folder: vscode.WorkspaceFolder; globs: string[] }>): void {
    this.watchers.forEach((w) => w.dispose());
    this.watchers = [];
    const onFile = (created: boolean) => (uri: vscode.Uri) => {
      this.fileCache.delete(uri.toString());
      if (created) this.globCache.clear();
      this.changed.fire();
    };
    for (const { folder, globs } of globsByFolder) {
      for (const glob of globs) {
        try {
          const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, glob));
          watcher.onDidCreate(onFile(true));
          watcher.onDidChange(onFile(false));
          watcher.onDidDelete(onFile(true));
          this.watchers.push(watcher);
        } catch (err) {
          // A pattern VS Code cannot watch still works for finding files; changes show on the next check.
          this.problems.push(`Cannot watch the reference pattern "${glob}": ${err instanceof Error ? err.message : String(err)}`);
        }
      }
    }
    // Explicit and front-matter references may sit outside the globs: one watcher over the
    // workspace catches their changes; events for other files are ignored cheaply.
    const any = vscode.workspace.createFileSystemWatcher('**/*', true, false, false);
    const onKnown = (uri: vscode.Uri) => {
      if (this.known.has(uri.toString())) onFile(false)(uri);
    };
    any.onDidChange(onKnown);
    any.onDidDelete(onKnown);
    this.watchers.push(any);
  }

  addSessionReference(uri: vscode.Uri): void {
    this.sessionReferences.set(uri.toString(), uri);
    this.changed.fire();
  }

  /** Every reference file named by the settings in any folder, to leave them out of workspace checks. */
  async workspaceReferenceUris(settings: Settings): Promise<Set<string>> {
    const uris = new Set<string>(this.sessionReferences.keys());
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      for (const uri of await this.globFiles(folder, settings.references)) uris.add(uri.toString());
      for (const named of settings.referenceFiles) {
        const uri = resolveUserPath(named, folder.uri);
        if (uri) uris.add(uri.toString());
      }
    }
    return uris;
  }

  isSessionReference(uri: vscode.Uri): boolean {
    return this.sessionReferences.has(uri.toString());
  }

  invalidateAll(): void {
    this.fileCache.clear();
    this.globCache.clear();
    this.changed.fire();
  }

  /** The references for one draft (never the draft itself). */
  async forDocument(doc: vscode.TextDocument, settings: Settings): Promise<ReferenceSnapshot> {
    const warnings: string[] = [];
    const folder = vscode.workspace.getWorkspaceFolder(doc.uri);
    const folders = folder ? [folder] : (vscode.workspace.workspaceFolders ?? []);
    const candidates = new Map<string, { uri: vscode.Uri; named: string }>();
    const add = (uri: vscode.Uri, named: string) => {
      if (uri.toString() !== doc.uri.toString()) candidates.set(uri.toString(), { uri, named });
    };

    for (const f of folders) {
      const found = await this.globFiles(f, settings.references);
      if (found.length > MAX_GLOB_FILES) {
        warnings.push(
          `${found.length} files match the "references" globs in ${f.name}; only the first ${MAX_GLOB_FILES} are used.`,
        );
      }
      for (const uri of found.slice(0, MAX_GLOB_FILES)) add(uri, vscode.workspace.asRelativePath(uri));
    }
    const base = folders[0]?.uri;
    for (const named of settings.referenceFiles) {
      const uri = resolveUserPath(named, base);
      if (uri) add(uri, named);
      else warnings.push(`Reference "${named}" from the "referenceFiles" setting cannot be resolved without an open folder.`);
    }
    const draftDir = doc.uri.scheme === 'untitled' ? base : vscode.Uri.joinPath(doc.uri, '..');
    for (const named of frontMatterReferences(doc.getText())) {
      const uri = resolveUserPath(named, draftDir);
      if (uri) add(uri, named);
      else warnings.push(`Reference "${named}" from the front matter cannot be resolved for an untitled draft.`);
    }
    for (const uri of this.sessionReferences.values()) add(uri, vscode.workspace.asRelativePath(uri));

    const entries: ReferenceEntry[] = [];
    const stamps: string[] = [];
    for (const { uri, named } of candidates.values()) {
      this.known.set(uri.toString(), true);
      if (!vscode.workspace.isTrusted && !isInsideWorkspace(uri)) {
        warnings.push(`Reference "${named}" is outside the workspace and the workspace is not trusted; it was not read.`);
        continue;
      }
      const read = await this.read(uri, settings.maxFileSizeKB);
      stamps.push(`${uri.toString()}#${read.stamp}`);
      if ('problem' in read) {
        warnings.push(`Reference "${named}" ${read.problem}.`);
        continue;
      }
      entries.push({ uri, label: vscode.workspace.asRelativePath(uri), text: read.text });
    }
    entries.sort((a, b) => a.label.localeCompare(b.label));
    const byLabel = new Map(entries.map((e) => [e.label, e]));
    return {
      key: hash(stamps.sort().join('\n')),
      texts: entries.map((e) => ({ path: e.label, text: e.text, format: formatOf(e.uri) })),
      byLabel,
      warnings,
    };
  }

  private globFiles(folder: vscode.WorkspaceFolder, globs: string[]): Promise<vscode.Uri[]> {
    const cacheKey = `${folder.uri.toString()}\n${globs.join('\n')}`;
    let listing = this.globCache.get(cacheKey);
    if (!listing) {
      listing = Promise.all(
        globs.map((g) =>
          Promise.resolve(
            vscode.workspace.findFiles(new vscode.RelativePattern(folder, g), '**/node_modules/**', MAX_GLOB_FILES + 1),
          ).catch(() => [] as vscode.Uri[]),
        ),
      ).then((lists) => {
        const unique = new Map<string, vscode.Uri>();
        for (const uri of lists.flat()) unique.set(uri.toString(), uri);
        return [...unique.values()].sort((a, b) => a.toString().localeCompare(b.toString()));
      });
      if (this.globCache.size > 32) this.globCache.clear();
      this.globCache.set(cacheKey, listing);
    }
    return listing;
  }

  /** An open editor's text wins over the file on disk, so unsaved reference edits count at once. */
  private async read(uri: vscode.Uri, maxKB: number): Promise<FileRead> {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open && !open.isClosed) {
      const text = open.getText();
      if (text.length > maxKB * 1024) return { stamp: `v${open.version}`, problem: `is larger than ${maxKB} KB (maxFileSizeKB) and was skipped` };
      return { stamp: `v${open.version}`, text };
    }
    const key = uri.toString();
    let stat: vscode.FileStat;
    try {
      stat = await vscode.workspace.fs.stat(uri);
    } catch {
      const missing = { stamp: 'missing', problem: 'does not exist or cannot be read' };
      this.fileCache.set(key, missing);
      return missing;
    }
    const stamp = `${stat.mtime}:${stat.size}`;
    const cached = this.fileCache.get(key);
    if (cached && cached.stamp === stamp) return cached;
    let result: FileRead;
    if (stat.type & vscode.FileType.Directory) result = { stamp, problem: 'is a folder, not a file' };
    else if (stat.size > maxKB * 1024) {
      result = { stamp, problem: `is ${Math.round(stat.size / 1024)} KB, larger than ${maxKB} KB (maxFileSizeKB), and was skipped` };
    } else {
      try {
        const bytes = await vscode.workspace.fs.readFile(uri);
        if (bytes.subarray(0, 8192).includes(0)) result = { stamp, problem: 'looks binary (it contains NUL bytes) and was skipped' };
        else result = { stamp, text: new TextDecoder('utf-8').decode(bytes) };
      } catch (err) {
        result = { stamp, problem: `cannot be read (${err instanceof Error ? err.message : String(err)})` };
      }
    }
    this.fileCache.set(key, result);
    return result;
  }

  dispose(): void {
    this.watchers.forEach((w) => w.dispose());
    this.disposables.forEach((d) => d.dispose());
  }
}

function formatOf(uri: vscode.Uri): 'markdown' | 'plaintext' {
  return /\.(md|markdown)$/i.test(uri.path) ? 'markdown' : 'plaintext';
}

/** FNV-1a, enough to key a cache by a long string. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `${(h >>> 0).toString(36)}-${text.length}`;
}
