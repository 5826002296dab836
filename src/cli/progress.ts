// Progress on stderr, shown only for runs longer than a second and only on a terminal or when asked.

import type { Progress } from '../pipeline/run.ts';

export const createProgress = (enabled: boolean, stream: NodeJS.WriteStream = process.stderr): Progress & { end(): void } => {
  const started = Date.now();
  let shown = false;
  let last = 0;
  const report = ((phase: string, done: number, total: number) => {
    const now = Date.now();
    if (!enabled || now - started < 1000 || (now - last < 200 && done < total)) return;
    last = now;
    shown = true;
    const line = `${phase}: ${done}/${total}`;
    if (stream.isTTY) stream.write(`\r\x1b[K${line}`);
    else if (done === total || done % 500 === 0) stream.write(`${line}\n`);
  }) as Progress & { end(): void };
  report.end = () => {
    if (shown && stream.isTTY) stream.write('\r\x1b[K');
  };
  return report;
};
