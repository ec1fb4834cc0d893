// Entry point of the untrusted-workspace suite: the launcher runs it with --untrusted (Workspace
// Trust on, the folder left untrusted) on test/integration/untrusted/workspace.
import { runSuiteIn } from '../index';

export function run(): Promise<void> {
  return runSuiteIn(__dirname);
}
