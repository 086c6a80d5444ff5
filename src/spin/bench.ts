// Throughput of spin analysis, for the eval script and the project's bench.
import { buildDocument } from '../text/document.js';
import { analyzeSpin } from './index.js';

export interface SpinSpeed {
  bytes: number;
  seconds: number;
  /** Megabytes (10^6 bytes of UTF-8) of article text analysed per second, on one core. */
  mbPerSecond: number;
  /** The same, counting only analyzeSpin (the Document already built). */
  analysisMbPerSecond: number;
  /** Megabytes per second of this process's CPU time (user + system): the per-core rate, not
   *  skewed by other processes sharing the machine. */
  mbPerCpuSecond: number;
}

/** Analyses every text once (after one warm-up pass over the first) and reports throughput. */
export function measureSpinSpeed(texts: readonly string[], analyze = analyzeSpin): SpinSpeed {
  const article = (text: string) => ({ id: 'bench', text, date: null, title: null, url: null, outlet: null });
  if (texts.length) analyze(buildDocument(article(texts[0])));
  let bytes = 0;
  let analysisNs = 0n;
  const started = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  for (const text of texts) {
    bytes += Buffer.byteLength(text);
    const doc = buildDocument(article(text));
    const t0 = process.hrtime.bigint();
    analyze(doc);
    analysisNs += process.hrtime.bigint() - t0;
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const analysisSeconds = Number(analysisNs) / 1e9;
  return {
    bytes,
    seconds,
    mbPerSecond: seconds ? bytes / 1e6 / seconds : 0,
    analysisMbPerSecond: analysisSeconds ? bytes / 1e6 / analysisSeconds : 0,
    mbPerCpuSecond: cpuSeconds ? bytes / 1e6 / cpuSeconds : 0,
  };
}
