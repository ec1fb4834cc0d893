// Wiring only: creates the services, registers providers, commands and listeners, and returns a
// small API for tests. The engine is not loaded here; it loads in the analysis worker on first use.
import * as vscode from 'vscode';
import { AnalysisClient } from './analysis/client';
import { BlockMeter } from './blockMeter';
import { AttributionCodeActions } from './codeActions';
import { registerCommands } from './commands';
import { readSettings, SECTION } from './config';
import { DiagnosticsController } from './diagnostics';
import { AttributionHoverProvider } from './hover';
import { Log } from './log';
import { ReferenceStore } from './references';
import { REPORT_SCHEME, ReportProvider } from './report';
import { StatusBar } from './statusBar';
import { openTabUris, tabUri } from './tabs';
import { reportSettingsProblems } from './settingsProblems';

/** Re-checks after reference changes are batched: a save can fire several file events at once. */
const REFERENCE_CHANGE_DELAY_MS = 150;

export interface AttributionReviewApi {
  /** Time activate() took, in milliseconds. */
  readonly activationMs: number;
  statusText(): { text: string; tooltip: string; visible: boolean };
  /** The longest synchronous stretch of this extension's work on the host's thread since the last reset. */
  longestBlock(): { ms: number; wallMs: number; cpuMs: number; label: string; longestWallMs: number };
  resetLongestBlock(): void;
  /** This thread's CPU time in the extension's measured stretches so far (ms). */
  ownCpuMs(): number;
}

export function activate(context: vscode.ExtensionContext): AttributionReviewApi {
  const started = performance.now();
  const log = new Log();
  const meter = new BlockMeter();
  const client = new AnalysisClient(__dirname, log, meter);
  const references = new ReferenceStore();
  const controller = new DiagnosticsController(client, references, log, (uri) => readSettings(uri).settings, meter);
  const statusBar = new StatusBar(controller);
  const report = new ReportProvider(controller);
  context.subscriptions.push(log, { dispose: () => client.dispose() }, references, controller, statusBar, report);

  const codeActions = new AttributionCodeActions(controller, client);
  const hover = new AttributionHoverProvider(controller, client);
  let providers: vscode.Disposable[] = [];
  // Providers follow the `languages` setting; they answer only for documents the controller checked.
  const registerProviders = () => {
    providers.forEach((p) => p.dispose());
    const languages = new Set<string>(readSettings().settings.languages);
    const selector = [...languages].flatMap((language) =>
      ['file', 'untitled', 'vscode-vfs', 'vscode-remote'].map((scheme) => ({ language, scheme })),
    );
    providers = [
      vscode.languages.registerHoverProvider(selector, hover),
      vscode.languages.registerCodeActionsProvider(selector, codeActions, {
        providedCodeActionKinds: AttributionCodeActions.providedCodeActionKinds,
      }),
    ];
  };
  registerProviders();
  context.subscriptions.push({ dispose: () => providers.forEach((p) => p.dispose()) });
  context.subscriptions.push(vscode.workspace.registerTextDocumentContentProvider(REPORT_SCHEME, report));

  registerCommands({ context, controller, references, report, statusBar, log });

  const watchReferences = () => {
    references.watch(
      (vscode.workspace.workspaceFolders ?? []).map((folder) => ({ folder, globs: readSettings(folder.uri).settings.references })),
    );
    references.problems.splice(0).forEach((p) => log.warnOnce(p));
  };
  watchReferences();

  let referenceTimer: NodeJS.Timeout | undefined;
  context.subscriptions.push(
    { dispose: () => clearTimeout(referenceTimer) },
    vscode.workspace.onDidOpenTextDocument((doc) => controller.schedule(doc, 'open')),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.length > 0) controller.schedule(e.document, 'change');
    }),
    vscode.workspace.onDidSaveTextDocument((doc) => controller.schedule(doc, 'save')),
    vscode.workspace.onDidCloseTextDocument((doc) => controller.forget(doc.uri, doc.languageId)),
    // VS Code may keep a closed editor's document alive for a while: closing the last tab of a draft
    // clears its diagnostics at once, and showing it again re-checks it.
    vscode.window.tabGroups.onDidChangeTabs((e) => {
      for (const tab of e.closed) {
        const uri = tabUri(tab);
        if (!uri || openTabUris().has(uri.toString())) continue;
        const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
        controller.forget(uri, doc?.languageId);
      }
    }),
    vscode.window.onDidChangeVisibleTextEditors((editors) => {
      for (const editor of editors) if (!controller.known(editor.document.uri)) controller.schedule(editor.document, 'open');
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration(SECTION)) return;
      reportSettingsProblems(log);
      if (e.affectsConfiguration(`${SECTION}.languages`)) registerProviders();
      if (e.affectsConfiguration(`${SECTION}.references`) || e.affectsConfiguration(`${SECTION}.referenceFiles`)) {
        watchReferences();
        references.invalidateAll();
      }
      // Drafts that stopped being drafts (language or reference lists changed) lose their diagnostics.
      for (const doc of vscode.workspace.textDocuments) {
        if (!controller.isDraft(doc) && controller.result(doc.uri)) controller.forget(doc.uri, doc.languageId);
      }
      controller.recheckOpenDrafts('config');
      statusBar.refresh();
    }),
    references.onDidChange(() => {
      clearTimeout(referenceTimer);
      referenceTimer = setTimeout(() => controller.recheckOpenDrafts('references'), REFERENCE_CHANGE_DELAY_MS);
    }),
  );

  reportSettingsProblems(log);
  controller.recheckOpenDrafts('open', 'all');

  const activationMs = performance.now() - started;
  log.info(`Activated in ${activationMs.toFixed(1)} ms.`);
  return {
    activationMs,
    statusText: () => statusBar.state,
    longestBlock: () => meter.longest,
    resetLongestBlock: () => meter.reset(),
    ownCpuMs: () => meter.ownCpuMs,
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}

