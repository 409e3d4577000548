/** One line of the benchmark report. */
export interface BenchRow {
  name: string;
  budget: string;
  measured: string;
  ok: boolean;
}
