/** One line on stderr per step, so a three-minute run shows where it is; the report itself goes to stdout. */
export function progress(message: string): void {
  process.stderr.write(`bench: ${message}\n`);
}
