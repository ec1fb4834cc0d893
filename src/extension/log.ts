// The extension's output channel. Failures are logged here (and summarised in the status bar)
// instead of interrupting the user with dialogs.
import * as vscode from 'vscode';

/** Set to mirror the log to the extension host's console (the test launchers print it). */
const MIRROR = process.env.ATTRIBUTION_REVIEW_DEBUG === '1';

type Level = 'debug' | 'info' | 'warn' | 'error';

export class Log implements vscode.Disposable {
  private readonly channel = vscode.window.createOutputChannel('Attribution Review', { log: true });
  /** Warnings already shown once, so a repeated problem does not spam the log. */
  private readonly seen = new Set<string>();

  private write(level: Level, message: string): void {
    this.channel[level](message);
    if (MIRROR) console.log(`[attribution-review] ${level}: ${message}`);
  }

  debug(message: string): void {
    this.write('debug', message);
  }

  info(message: string): void {
    this.write('info', message);
  }

  warn(message: string): void {
    this.write('warn', message);
  }

  /** Logs a warning only the first time this exact message is seen this session. */
  warnOnce(message: string): boolean {
    if (this.seen.has(message)) return false;
    if (this.seen.size > 500) this.seen.clear();
    this.seen.add(message);
    this.write('warn', message);
    return true;
  }

  error(message: string, err?: unknown): void {
    this.write('error', err === undefined ? message : `${message}: ${errorText(err)}`);
  }

  show(): void {
    this.channel.show(true);
  }

  dispose(): void {
    this.channel.dispose();
  }
}

export function errorText(err: unknown): string {
  if (err instanceof Error) return err.stack ?? err.message;
  return String(err);
}
