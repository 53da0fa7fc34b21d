/**
 * bench/RESULTS.md is written by more than one benchmark: `npm run bench`
 * writes the file, `npm run bench:statistics` its `## Statistics` part.
 * Each keeps what the other wrote.
 */
export const STATISTICS_HEADING = '## Statistics';
const BEGIN = '<!-- bench:statistics begin -->';
const END = '<!-- bench:statistics end -->';

/** The `## Statistics` part of a results file, to the end of the file (notes included), or ''. */
export function statisticsPart(text: string): string {
  const at = text.indexOf(`\n${STATISTICS_HEADING}\n`);
  return at < 0 ? '' : text.slice(at + 1);
}

/** The file with the generated block of the statistics part replaced (the part is added when missing); notes around it stay. */
export function withStatisticsBlock(text: string, block: string): string {
  const generated = `${BEGIN}\n${block.trimEnd()}\n${END}`;
  const begin = text.indexOf(BEGIN);
  const end = text.indexOf(END);
  if (begin >= 0 && end > begin) return text.slice(0, begin) + generated + text.slice(end + END.length);
  return `${text.trimEnd()}\n\n${STATISTICS_HEADING}\n\n${generated}\n`;
}
