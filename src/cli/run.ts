// Wires argument parsing, the engine and the check command together; testable without a process.
import { version } from '../../package.json';
import { parseArgs } from './args';
import { runCheck, type CliIO } from './check';
import { engineApi } from './engine-api';

export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  const parsed = parseArgs(argv, version, {
    writeOut: (s) => io.stdout.write(s),
    writeErr: (s) => io.stderr.write(s),
  });
  if (parsed.exitCode !== undefined || !parsed.options) return parsed.exitCode ?? 2;
  return runCheck(parsed.options, io, engineApi(version));
}
