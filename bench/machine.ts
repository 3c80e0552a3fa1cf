import os from 'node:os';
import v8 from 'node:v8';

/** The machine a block of figures was measured on (printed in each block's header and in results.json). */
export const machine = () => ({
  cpu: os.cpus()[0]?.model ?? 'unknown',
  cores: os.cpus().length,
  memoryGiB: Math.round(os.totalmem() / 2 ** 30),
  node: process.version,
  heapLimitGiB: Math.round((v8.getHeapStatistics().heap_size_limit / 2 ** 30) * 10) / 10,
  platform: `${os.type()} ${os.release()}`,
  date: new Date().toISOString(),
  /** 1-minute load average when the block started: above the core count, other work shared the machine. */
  load: Math.round(os.loadavg()[0] * 100) / 100,
});
