// Loads the command line from the TypeScript sources with no build step. They are bundled once into plain JavaScript
// under .cache/ (keyed by a hash of every source file and the build options, so any edit rebuilds), which starts in
// half the time of compiling them through tsx at every run; when the bundle cannot be built or written, tsx runs the
// sources directly. The benchmarks load the command the same way, so they time what users run.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'src', 'cli', 'main.ts');
// Two levels below the root, like src/cli/main.ts, so the paths the sources resolve from their own URL still hold.
const cacheDir = join(root, '.cache', 'corroborate');

/** Every source file, in a stable order. */
const sourceFiles = (dir) =>
  readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));

/**
 * How the bundle is built. esbuild rewrites a regex literal it deems too new for the target (\p{…} escapes,
 * even for node20) as `new RegExp(…)`, compiled again at every call of the function that holds it; Node 20 runs
 * them as written, so they are declared supported.
 */
const bundleOptions = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  target: 'node20',
  supported: { 'regexp-unicode-property-escapes': true, 'regexp-set-notation': true, 'regexp-match-indices': true },
  logLevel: 'silent',
};

const sourceHash = () => {
  const hash = createHash('sha1').update(JSON.stringify(bundleOptions));
  for (const file of sourceFiles(join(root, 'src'))) hash.update(file.slice(root.length)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex').slice(0, 16);
};

/** Bundles the sources with the esbuild that tsx itself runs on (packages stay imports from node_modules). */
const buildBundle = (out) => {
  const esbuild = createRequire(createRequire(import.meta.url).resolve('tsx'))('esbuild');
  const partial = `${out}.${process.pid}.tmp`;
  esbuild.buildSync({ ...bundleOptions, entryPoints: [entry], outfile: partial });
  renameSync(partial, out);
  for (const old of readdirSync(cacheDir)) if (join(cacheDir, old) !== out && old.startsWith('main-') && !old.endsWith('.tmp')) rmSync(join(cacheDir, old), { force: true });
};

/** The bundled program, built when missing; null when it cannot be had. */
const cachedBundle = () => {
  if (process.env.CORROBORATE_NO_BUNDLE) return null;
  try {
    const out = join(cacheDir, `main-${sourceHash()}.mjs`);
    try {
      statSync(out);
    } catch {
      mkdirSync(cacheDir, { recursive: true });
      buildBundle(out);
    }
    return out;
  } catch {
    return null;
  }
};

/**
 * V8 runs a regex's first match in its interpreter and compiles it to machine code on the next: for the claim
 * patterns (thousands of characters each) that is two compilations, about 0.2 s of every process's start. Compiled
 * once, straight to machine code, a one-article ingest costs 15-20% less CPU and a long run no more. The flag exists
 * in the V8 of Node 20 to 24 (V8 11-13); another V8 is left as it is rather than risk an "unrecognized flag" line.
 */
const compileRegexesOnce = () => {
  if (knownV8()) setFlagsFromString('--no-regexp-tier-up');
};

/** Whether this is the V8 of Node 20 to 24 (V8 11-13), whose flags the settings here were measured with. */
const knownV8 = () => {
  const major = Number(process.versions.v8.split('.')[0]);
  return major >= 11 && major <= 13;
};

/**
 * V8 optimises a function once it has run a budget of bytecode (66 KB by default). The stages are hundreds of
 * functions each warm for a while, so the optimising compiler (on threads of its own, but on the same cores) was
 * working through about a third of an ingest's CPU time, compiling some large functions six or seven times as new
 * branches of them were first taken (findCounts alone 1.8 s). A budget six times larger leaves the lukewarm functions
 * to the baseline tiers and optimises the hot ones later, once, with fuller type feedback: a GVA dev ingest needs half
 * the compilations and 15-18% less CPU, the same outputs.
 */
const optimiseHotFunctionsOnly = () => {
  if (knownV8()) setFlagsFromString('--interrupt-budget=400000');
};

/** The command line's `main`, from the bundle when it can be had, else from the sources through tsx. */
export const loadMain = async () => {
  compileRegexesOnce();
  optimiseHotFunctionsOnly();
  const bundle = cachedBundle();
  if (bundle) return (await import(pathToFileURL(bundle).href)).main;
  const { register } = await import('tsx/esm/api');
  register();
  return (await import('../src/cli/main.ts')).main;
};
