// CPU time of a synchronous call, in ms. Linearity tests compare CPU time rather than wall time:
// on a loaded machine a linear pass can wait for a core for seconds, while a quadratic pass burns
// CPU whatever the load.
export function cpuMs(run: () => unknown): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}
