// Bundled in place of `child_process` (see esbuild.js): commander loads it for git-style
// executable subcommands, which this CLI never declares. The CLI must never start processes,
// so the shipped bundle carries no reference to the real module.

function refuse(): never {
  throw new Error('attribution-review does not start other processes');
}

export const spawn = refuse;
export const spawnSync = refuse;
export const exec = refuse;
export const execSync = refuse;
export const execFile = refuse;
export const execFileSync = refuse;
export const fork = refuse;
