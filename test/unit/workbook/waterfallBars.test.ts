/** The columns under a waterfall chart: figures worked by hand, and the formulas' shape. */
import { waterfallBarFigures, waterfallBarFormulas } from '../../../src/workbook/build/waterfallBars';

describe('waterfall bars', () => {
  it('stands steps down on the total after them, steps up on the total before them, totals on 0', () => {
    const bars = waterfallBarFigures([
      { amount: 1000, kind: 'start' },
      { amount: -100, kind: 'step' },
      { amount: -90, kind: 'step' },
      { amount: 810, kind: 'total' },
      { amount: -30, kind: 'step' },
      { amount: 20, kind: 'step' },
      { amount: 800, kind: 'total' },
    ]);
    expect(bars.map((b) => [b.running, b.base, b.total, b.down, b.up])).toEqual([
      [1000, 0, 1000, 0, 0],
      [900, 900, 0, 100, 0],
      [810, 810, 0, 90, 0],
      [810, 0, 810, 0, 0],
      [780, 780, 0, 30, 0],
      [800, 780, 0, 0, 20],
      [800, 0, 800, 0, 0],
    ]);
  });

  it('writes the first row without a row before it, and the others from the Running cell above', () => {
    expect(waterfallBarFormulas({ amount: 'B5', kind: 'C5', running: 'D5', previousRunning: null })).toEqual({
      running: 'B5',
      base: '0',
      total: 'IF(C5="step",0,D5)',
      down: 'IF(AND(C5="step",B5<0),-B5,0)',
      up: 'IF(AND(C5="step",B5>0),B5,0)',
    });
    expect(waterfallBarFormulas({ amount: 'B6', kind: 'C6', running: 'D6', previousRunning: 'D5' })).toMatchObject({ running: 'IF(C6="step",D5+B6,B6)', base: 'IF(C6="step",MIN(D5,D6),0)' });
  });
});
