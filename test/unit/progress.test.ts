import { ProgressBar } from '../../src/seed/progress';

function collector(isTTY: boolean) {
  const writes: string[] = [];
  return { isTTY, write: (text: string) => writes.push(text), writes };
}

const percents = (writes: string[]) => writes.map((w) => /(\d+)%/.exec(w)?.[1]).filter(Boolean).map(Number);

describe('progress bar', () => {
  it('ends at 100 % when the estimate was too high (the seed stopped at 89 %)', () => {
    const out = collector(false);
    const bar = new ProgressBar(1000, true, out);
    bar.advance(890, 'rows');
    bar.finish('done');
    expect(percents(out.writes).at(-1)).toBe(100);
    expect(out.writes.at(-1)).toMatch(/^\[#{30}\] 100% 890 rows, [\d,]+ rows\/s, done\n$/);
  });

  it('stays below 100 % while rows keep coming past a low estimate, then ends at 100 %', () => {
    const out = collector(true);
    const bar = new ProgressBar(100, true, out);
    bar.advance(250, 'more than expected');
    expect(percents(out.writes)).toEqual([99]);
    bar.finish('done');
    expect(percents(out.writes)).toEqual([99, 100]);
    expect(out.writes.at(-1)).toBe('\n');
  });

  it('writes nothing when turned off', () => {
    const out = collector(true);
    const bar = new ProgressBar(10, false, out);
    bar.advance(10, 'x');
    bar.finish('done');
    expect(out.writes).toEqual([]);
  });
});
