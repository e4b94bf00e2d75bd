/**
 * npm run bench:bgnbd — the BG/NBD fit of step 4 "Customer value" (exercises/customer-base/model/bgnbd.ts) on
 * 100,000 customers simulated from a BG/NBD process with known parameters (test/bench/bgnbdBench.ts, bundled with
 * rolldown into node_modules/.cache/bgnbd-bench/): the recovered parameters beside the truth, the grouping and
 * fitting times in Node, and their ratio to the 5 s target. The Gamma-Gamma fit on the same customers
 * (p = 6, q = 4, γ = 15) is timed apart, and so is the step's whole worker job from the simulated sales lines (the
 * per-customer summary, both fits with the hold-out one, and every customer's predictions). A benchmark prints: a slow figure is "not met", never a failure; the
 * exit code is non-zero only when something broke (no convergence, or a parameter off by more than 10 %).
 */
import { build } from 'rolldown';
import { availableParallelism, loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BUNDLE = path.join(ROOT, 'node_modules/.cache/bgnbd-bench/bgnbdBench.mjs');
const CUSTOMERS = 100_000;
const TARGET_MS = 5000;
// The CDNOW estimates (Fader, Hardie & Lee 2005) as the truth: a realistic, strongly skewed base.
const TRUTH = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };

await build({ input: path.join(ROOT, 'test/bench/bgnbdBench.ts'), platform: 'neutral', logLevel: 'warn', output: { file: BUNDLE, format: 'esm' } });
const { runBgnbdBench } = await import(pathToFileURL(BUNDLE).href);

console.log(`BG/NBD fit, ${CUSTOMERS.toLocaleString('en-US')} simulated customers (Node ${process.version}; ${availableParallelism()} cores, load ${loadavg()[0].toFixed(2)})`);
const report = runBgnbdBench(CUSTOMERS, TRUTH);
const total = report.groupMs + report.fitMs;
console.log(`  groups of identical (x, t_x, T): ${report.groups.toLocaleString('en-US')}`);
console.log('  parameter   truth     fitted    off');
let broken = !report.converged;
for (const key of ['r', 'alpha', 'a', 'b']) {
  const off = report.fitted[key] / TRUTH[key] - 1;
  if (Math.abs(off) > 0.1) broken = true;
  console.log(`  ${key.padEnd(10)}${TRUTH[key].toFixed(3).padStart(7)}   ${report.fitted[key].toFixed(3).padStart(7)}   ${(off * 100).toFixed(1).padStart(5)} %`);
}
console.log(`  log-likelihood ${report.logLikelihood.toFixed(1)}; converged: ${report.converged} after ${report.iterations} iterations`);
console.log(`  grouping ${Math.round(report.groupMs)} ms + fit ${Math.round(report.fitMs)} ms = ${Math.round(total)} ms; target ${TARGET_MS} ms: ratio ${(total / TARGET_MS).toFixed(2)} (${total <= TARGET_MS ? 'target met' : 'target NOT met'})`);
const gg = report.gammaGamma;
console.log(`  Gamma-Gamma (truth p 6, q 4, γ 15): p ${gg.p.toFixed(2)}, q ${gg.q.toFixed(2)}, γ ${gg.gamma.toFixed(2)} in ${Math.round(gg.ms)} ms; converged: ${gg.converged}`);
const step = report.step;
const stepMs = step.summaryAndFitMs + step.holdoutFitMs + step.predictMs;
console.log(`  step 4's worker from ${step.lines.toLocaleString('en-US')} sales lines: summary + fits ${Math.round(step.summaryAndFitMs)} ms, hold-out fits ${Math.round(step.holdoutFitMs)} ms, predictions ${Math.round(step.predictMs)} ms = ${Math.round(stepMs)} ms`);
if (broken) {
  console.error('Something broke: the fit did not converge or a parameter is more than 10 % off the truth.');
  process.exit(1);
}
