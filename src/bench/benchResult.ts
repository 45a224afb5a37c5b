/** The shape of `bench/results/<N>.json` (issue 5's fields, with a few extra). */
import type { CorpusVariety } from './corpusVariety.ts';
import type { BuildMemory } from './measureBuild.ts';
import type { SiteMeasurement } from './measureSite.ts';
import type { SearchComparison } from './measureSearch.ts';

export interface BenchResult {
  letters: number;
  /** Body and annex blocks of all records (footnotes counted apart). */
  blocks: number;
  footnotes: number;
  /** The synthetic corpus's seed number. */
  seed: number;
  build: BuildMemory & {
    ingestSeconds: number;
    pagesSeconds: number;
    indexSeconds: number;
    /** The whole build: the three stages, then validating the built site and moving it into place. */
    totalSeconds: number;
    /** The build process's running peak after each stage (MB), which tells the stage that set it. */
    peakAfterMB?: Record<string, number>;
  };
  index: { bytes: number; files: number };
  /** The built site as a host sees it: every file under it. */
  site?: SiteMeasurement;
  /** How varied the corpus is (see corpusVariety.ts). */
  corpus?: CorpusVariety;
  /**
   * Adding one letter to the built archive and building again, end to end, with the ingest cache the
   * first build filled: seconds, and their share of the first build's (both timed from outside the build).
   */
  addOneLetter?: { seconds: number; ofFullBuild: number };
  search: SearchComparison;
  /** Adding one letter: files ingested on the rebuild (1 means only the new letter); ingest seconds of the first build (empty cache) and of the rebuild. */
  incremental?: { letters: number; reingested: number; coldSeconds: number; warmSeconds: number };
  machine: { cpus: number; cpuModel: string; memoryGB: number; node: string };
  /** The commit the code was at, `+dirty` when the working tree had changes: runs compare only at the same code. */
  commit?: string;
  generatedAt: string;
}
