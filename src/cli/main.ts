// Entry point of dist/cli.js (`attribution-review` in package.json `bin`).
import { runCli } from './run';

runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
  cwd: process.cwd(),
}).then(
  (code) => {
    // exitCode, not exit(): let piped output (large JSON/SARIF) drain first.
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`attribution-review: internal error (please report it): ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
    process.exitCode = 2;
  },
);
