// Reads the `references:` list from a draft's YAML front matter. Only this one key is needed, so a
// small line parser is used rather than a YAML library: `references: a.md`, `references: [a.md, "b c.txt"]`
// or a block list of `- path` lines.

const MAX_FRONT_MATTER_LINES = 200;

export function frontMatterReferences(text: string): string[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/, MAX_FRONT_MATTER_LINES + 2);
  if (lines[0]?.trim() !== '---') return [];
  const found: string[] = [];
  let inList = false;
  for (let i = 1; i < lines.length && i <= MAX_FRONT_MATTER_LINES; i++) {
    const line = lines[i];
    const trimmed = line.trim();
    if (trimmed === '---' || trimmed === '...') return found;
    if (inList) {
      const item = /^\s*-\s+(.*)$/.exec(line);
      if (item) {
        pushValue(found, item[1]);
        continue;
      }
      if (trimmed === '' || trimmed.startsWith('#')) continue;
      inList = false;
    }
    const key = /^references\s*:(.*)$/.exec(line);
    if (!key) continue;
    const rest = key[1].trim();
    if (rest === '') inList = true;
    else if (rest.startsWith('[') && rest.endsWith(']')) rest.slice(1, -1).split(',').forEach((v) => pushValue(found, v));
    else pushValue(found, rest);
  }
  // No closing fence: not front matter.
  return [];
}

function pushValue(into: string[], raw: string): void {
  let value = raw.trim();
  const comment = value.indexOf(' #');
  if (comment >= 0) value = value.slice(0, comment).trim();
  if ((value.startsWith('"') && value.endsWith('"')) || (value.startsWith("'") && value.endsWith("'"))) {
    value = value.slice(1, -1);
  }
  if (value !== '') into.push(value);
}
