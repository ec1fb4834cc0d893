// Live checking: one DiagnosticCollection, per-document debounce, and a generation + version guard
// so a slow or superseded analysis never publishes stale diagnostics.
import * as vscode from 'vscode';
import type { TextFormat } from '../engine/types';
import type { AnalysisClient } from './analysis/client';
import { yieldToHost, type BlockMeter } from './blockMeter';
import type { DraftAnalysis, DraftOptions } from './analysis/protocol';
import type { Settings } from './config';
import { toDiagnostic } from './findingToDiagnostic';
import { LineIndex, type PositionMapper } from './lineIndex';
import type { Log } from './log';
import type { ReferenceSnapshot, ReferenceStore } from './references';
import { isReferenceDocument } from './referenceMatch';

export type Trigger = 'open' | 'save' | 'change' | 'config' | 'references' | 'command';

/** Findings converted to diagnostics per slice of work on the host's thread. */
const CONVERT_SLICE = 100;

/** Schemes whose documents are drafts a user edits (not output panes, git views or our report). */
const DRAFT_SCHEMES = new Set(['file', 'untitled', 'vscode-vfs', 'vscode-remote']);

export interface DraftResult {
  uri: vscode.Uri;
  /** The document version analysed; -1 for a file checked from disk by "Check All Drafts". */
  version: number;
  analysis: DraftAnalysis;
  references: ReferenceSnapshot;
  mapper: PositionMapper;
  format: TextFormat;
  options: DraftOptions;
  diagnostics: vscode.Diagnostic[];
  /** The text analysed (offsets refer to it). */
  text: string;
}

export type DraftStatus =
  | { kind: 'checked' }
  | { kind: 'too-large'; sizeKB: number; limitKB: number }
  | { kind: 'failed'; message: string };

interface RunState {
  generation: number;
  timer?: NodeJS.Timeout;
  inFlight?: Promise<unknown>;
}

export class DiagnosticsController implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('attribution-review');
  private readonly results = new Map<string, DraftResult>();
  private readonly statuses = new Map<string, DraftStatus>();
  private readonly states = new Map<string, RunState>();
  /** Files whose diagnostics come from "Check All Drafts" and outlive their editors. */
  private readonly pinned = new Set<string>();
  private readonly updated = new vscode.EventEmitter<vscode.Uri>();
  /** Fires after diagnostics or status of a draft changed. */
  readonly onDidUpdate = this.updated.event;
  private enabledFlag = true;

  constructor(
    private readonly client: AnalysisClient,
    private readonly references: ReferenceStore,
    private readonly log: Log,
    private readonly settingsFor: (uri: vscode.Uri) => Settings,
    private readonly meter: BlockMeter,
  ) {}

  get enabled(): boolean {
    return this.enabledFlag;
  }

  setEnabled(enabled: boolean): void {
    this.enabledFlag = enabled;
    if (!enabled) this.clearAll();
    else this.recheckOpenDrafts('command', 'all');
  }

  result(uri: vscode.Uri): DraftResult | undefined {
    return this.results.get(uri.toString());
  }

  status(uri: vscode.Uri): DraftStatus | undefined {
    return this.statuses.get(uri.toString());
  }

  /** Whether a document is a draft this extension checks (language, scheme, not a reference). */
  isDraft(doc: vscode.TextDocument, settings = this.settingsFor(doc.uri)): boolean {
    return (
      DRAFT_SCHEMES.has(doc.uri.scheme) &&
      settings.languages.includes(doc.languageId) &&
      !isReferenceDocument(doc, settings) &&
      !this.references.isSessionReference(doc.uri)
    );
  }

  /** Queues a check according to the `run` setting: typing waits `debounceMs`, everything else runs at once. */
  schedule(doc: vscode.TextDocument, trigger: Trigger): void {
    if (!this.enabledFlag) return;
    const settings = this.settingsFor(doc.uri);
    if (!this.isDraft(doc, settings)) return;
    if (settings.run === 'manual' && trigger !== 'command') return;
    if (settings.run === 'onSave' && trigger === 'change') return;
    const state = this.stateOf(doc.uri);
    state.generation++;
    clearTimeout(state.timer);
    const generation = state.generation;
    const delay = trigger === 'change' ? settings.debounceMs : 0;
    state.timer = setTimeout(() => {
      state.timer = undefined;
      this.run(doc, generation).catch((err) => this.log.error(`Checking ${doc.uri.fsPath} failed`, err));
    }, delay);
  }

  /** Checks a document now (commands, tests) and resolves once its diagnostics are published. */
  async checkNow(doc: vscode.TextDocument): Promise<DraftResult | undefined> {
    // A check queued meanwhile (typing, a settings or reference change) supersedes ours and drops its
    // result; then check again, so the caller always gets the result for the current text.
    for (let attempt = 0; attempt < 5 && !doc.isClosed; attempt++) {
      const state = this.stateOf(doc.uri);
      state.generation++;
      clearTimeout(state.timer);
      state.timer = undefined;
      await this.run(doc, state.generation, true);
      const result = this.result(doc.uri);
      if (result?.version === doc.version || this.status(doc.uri)?.kind === 'too-large') return result;
    }
    return this.result(doc.uri);
  }

  /**
   * Re-checks open drafts. By default only those already being tracked: a document whose tab was
   * closed may live on in VS Code for a while, and must not get its diagnostics back.
   */
  recheckOpenDrafts(trigger: Trigger, which: 'tracked' | 'all' = 'tracked'): void {
    for (const doc of vscode.workspace.textDocuments) {
      if (!doc.isClosed && (which === 'all' || this.known(doc.uri))) this.schedule(doc, trigger);
    }
  }

  /** Drops everything about a closed document; a pinned file is re-read from disk instead. */
  forget(uri: vscode.Uri, languageId?: string): void {
    const key = uri.toString();
    const state = this.states.get(key);
    if (state) {
      clearTimeout(state.timer);
      state.generation++;
    }
    this.states.delete(key);
    this.results.delete(key);
    this.statuses.delete(key);
    void this.client.run({ kind: 'forget', docKey: key }).catch(() => undefined);
    if (this.pinned.has(key) && uri.scheme === 'file' && languageId) {
      void this.checkFile(uri, languageId).catch((err) => this.log.error(`Re-checking ${uri.fsPath}`, err));
    } else {
      this.collection.delete(uri);
    }
    this.updated.fire(uri);
  }

  /** Whether a check ran or is queued for this document. */
  known(uri: vscode.Uri): boolean {
    return this.states.has(uri.toString()) || this.results.has(uri.toString());
  }

  clearAll(): void {
    for (const state of this.states.values()) {
      clearTimeout(state.timer);
      state.generation++;
    }
    this.collection.clear();
    this.results.clear();
    this.statuses.clear();
    this.pinned.clear();
    for (const doc of vscode.workspace.textDocuments) this.updated.fire(doc.uri);
  }

  /** "Check All Drafts": analyses a file's saved text (or its open editor) and publishes the result. */
  async checkFile(uri: vscode.Uri, languageId: string): Promise<DraftResult | undefined> {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString() && !d.isClosed);
    if (open) {
      this.pinned.add(uri.toString());
      return this.checkNow(open);
    }
    const settings = this.settingsFor(uri);
    const bytes = await vscode.workspace.fs.readFile(uri);
    if (bytes.length > settings.maxFileSizeKB * 1024 || bytes.subarray(0, 8192).includes(0)) return undefined;
    const text = new TextDecoder('utf-8').decode(bytes);
    const doc = { uri, languageId, version: -1, getText: () => text, isClosed: false };
    const result = await this.analyse(doc, settings, new LineIndex(text), `disk:${uri.toString()}`);
    void this.client.run({ kind: 'forget', docKey: `disk:${uri.toString()}` }).catch(() => undefined);
    this.pinned.add(uri.toString());
    this.publish(result);
    return result;
  }

  private async run(doc: vscode.TextDocument, generation: number, force = false): Promise<void> {
    const key = doc.uri.toString();
    const state = this.stateOf(doc.uri);
    // One request per document at a time: later triggers wait, then only the newest proceeds.
    while (state.inFlight) await state.inFlight.catch(() => undefined);
    if (state.generation !== generation || doc.isClosed || (!this.enabledFlag && !force)) return;
    const settings = this.settingsFor(doc.uri);
    const version = doc.version;
    // The length without building the string: a 10 MB draft must not cost a 10 MB copy to refuse.
    const length = doc.offsetAt(doc.lineAt(doc.lineCount - 1).range.end);
    if (length > settings.maxFileSizeKB * 1024) {
      this.collection.delete(doc.uri);
      this.results.delete(key);
      const sizeKB = Math.round(length / 1024);
      this.statuses.set(key, { kind: 'too-large', sizeKB, limitKB: settings.maxFileSizeKB });
      this.log.warnOnce(
        `${vscode.workspace.asRelativePath(doc.uri)} is about ${sizeKB} KB, above maxFileSizeKB (${settings.maxFileSizeKB}); it is not checked.`,
      );
      this.updated.fire(doc.uri);
      return;
    }
    const text = doc.getText();
    const work = this.analyse({ uri: doc.uri, languageId: doc.languageId, version, getText: () => text, isClosed: false }, settings, doc, key);
    state.inFlight = work;
    let result: DraftResult;
    try {
      result = await work;
    } catch (err) {
      if (state.generation === generation && !doc.isClosed) {
        this.statuses.set(key, { kind: 'failed', message: err instanceof Error ? err.message.split('\n')[0] : String(err) });
        this.updated.fire(doc.uri);
      }
      throw err;
    } finally {
      if (state.inFlight === work) state.inFlight = undefined;
    }
    // Stale: the document changed, closed, or a newer check was requested while this one ran.
    if (state.generation !== generation || doc.isClosed || doc.version !== version) return;
    if (!this.enabledFlag && !force) return;
    this.publish(result);
  }

  private async analyse(
    doc: Pick<vscode.TextDocument, 'uri' | 'languageId' | 'version' | 'getText' | 'isClosed'>,
    settings: Settings,
    mapper: PositionMapper,
    docKey: string,
  ): Promise<DraftResult> {
    const started = performance.now();
    const references = await this.references.forDocument(doc as vscode.TextDocument, settings);
    for (const warning of references.warnings) this.log.warnOnce(warning);
    const format: TextFormat = doc.languageId === 'markdown' ? 'markdown' : 'plaintext';
    const options: DraftOptions = {
      format,
      rules: settings.severity,
      ignoreHeadlines: settings.ignoreHeadlines,
      extraCues: settings.extraCues,
      trustedSources: settings.trustedSources,
    };
    const text = doc.getText();
    const analysis = await this.client.run(
      { kind: 'analyze', docKey, version: doc.version, text, options, refKey: references.key },
      references.texts,
    );
    for (const notice of analysis.notices) this.log.warnOnce(`${vscode.workspace.asRelativePath(doc.uri)}: ${notice}`);
    const t1 = performance.now();
    const diagnostics: vscode.Diagnostic[] = [];
    // In slices, yielding between them, so a long draft's findings never hold the thread for long.
    for (let from = 0; from < analysis.findings.length; from += CONVERT_SLICE) {
      if (from > 0) await yieldToHost();
      this.meter.measure('converting findings', () => {
        for (const f of analysis.findings.slice(from, from + CONVERT_SLICE)) diagnostics.push(toDiagnostic(f, mapper, doc.uri, references));
      });
    }
    const tConvert = performance.now() - t1;
    await yieldToHost();
    this.log.debug(
      `Checked ${vscode.workspace.asRelativePath(doc.uri)} (v${doc.version}, ${text.length} chars, ${references.texts.length} references): ` +
        `${diagnostics.length} findings, engine ${analysis.ms.toFixed(1)} ms, total ${(performance.now() - started).toFixed(1)} ms ` +
        `(conversion ${tConvert.toFixed(1)} ms; longest block so far ${this.meter.longest.ms.toFixed(1)} ms, ${this.meter.longest.label})`,
    );
    return { uri: doc.uri, version: doc.version, analysis, references, mapper, format, options, diagnostics, text };
  }

  private publish(result: DraftResult): void {
    this.meter.measure('publishing diagnostics', () => this.publishNow(result));
  }

  private publishNow(result: DraftResult): void {
    const started = performance.now();
    const key = result.uri.toString();
    this.results.set(key, result);
    this.statuses.set(key, { kind: 'checked' });
    this.collection.set(result.uri, result.diagnostics);
    const set = performance.now() - started;
    this.updated.fire(result.uri);
    this.log.debug(`Published ${result.diagnostics.length} diagnostics: set ${set.toFixed(1)} ms, listeners ${(performance.now() - started - set).toFixed(1)} ms`);
  }

  private stateOf(uri: vscode.Uri): RunState {
    const key = uri.toString();
    let state = this.states.get(key);
    if (!state) {
      state = { generation: 0 };
      this.states.set(key, state);
    }
    return state;
  }

  dispose(): void {
    for (const state of this.states.values()) clearTimeout(state.timer);
    this.states.clear();
    this.collection.dispose();
    this.updated.dispose();
  }
}
