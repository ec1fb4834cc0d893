// The extension's output channel. Failures are logged here (and summarised in the status bar)
// instead of interrupting the user with dialogs.
import * as vscode from 'vscode';

export class Log implements vscode.Disposable {
  private readonly channel = vscode.window.createOutputChannel('Attribution Review', { log: true });
  /** Warnings already shown once, so a repeated problem does not spam the log. */
  private readonly seen = new Set<string>();

  info(message: string): void {
    this.channel.info(message);
  }

  debug(message: string): void {
    this.channel.debug(message);
  }

  warn(message: string): void {
    this.channel.warn(message);
  }

  /** Logs a warning only the first time this exact message is seen this session. */
  warnOnce(message: string): boolean {
    if (this.seen.has(message)) return false;
    if (this.seen.size > 500) this.seen.clear();
    this.seen.add(message);
    this.channel.warn(message);
    return true;
  }

  error(message: string, err?: unknown): void {
    this.channel.error(err === undefined ? message : `${message}: ${errorText(err)}`);
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
