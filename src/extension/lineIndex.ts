// Offset -> Position for texts that are not open documents (reference files, drafts checked from
// disk). Line breaks are \r\n, \r or \n, as in VS Code; offsets are UTF-16 code units.
import * as vscode from 'vscode';

export interface PositionMapper {
  positionAt(offset: number): vscode.Position;
}

export class LineIndex implements PositionMapper {
  private readonly starts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      } else if (c === 10 /* \n */) {
        this.starts.push(i + 1);
      }
    }
  }

  positionAt(offset: number): vscode.Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= clamped) lo = mid;
      else hi = mid - 1;
    }
    return new vscode.Position(lo, clamped - this.starts[lo]);
  }
}

/** One index per text object, built on first use and dropped with the text. */
const indexes = new WeakMap<object, LineIndex>();

export function lineIndexFor(owner: object, text: string): LineIndex {
  let index = indexes.get(owner);
  if (!index) {
    index = new LineIndex(text);
    indexes.set(owner, index);
  }
  return index;
}
