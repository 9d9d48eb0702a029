// Function lengths for `npm run check:functions` (tools/function-lengths.ts): every kind of function, its name,
// and its full span in lines, nested functions counted on their own.
import { describe, expect, it } from 'vitest';
import { measureFunctions } from '../../tools/function-lengths';

const SOURCE = `/** Not part of the span. */
export function outer(a: number): number {
  const inner = (b: number) => {
    return b * 2;
  };
  return inner(a);
}

export class Panel {
  private count = 0;
  constructor(private readonly el: HTMLElement) {
    this.el.hidden = true;
  }
  get size(): number {
    return this.count;
  }
  set size(n: number) {
    this.count = n;
  }
  show(): void {
    this.el.hidden = false;
  }
  onClick = () => {
    this.count += 1;
  };
}

const handlers = {
  open() {
    return 1;
  },
  close: function () {
    return 2;
  },
};
let late: () => void;
late = () => {};
[1, 2].map((n) => n + 1);
export default function () {}
declare function overloaded(x: string): void;
`;

describe('measureFunctions', () => {
  const spans = measureFunctions('panel.ts', SOURCE);
  const byName = Object.fromEntries(spans.map((s) => [s.name, s]));

  it('finds declarations, methods, arrows, function expressions, constructors and accessors, in source order', () => {
    expect(spans.map((s) => s.name)).toEqual([
      'outer',
      'inner',
      'Panel.constructor',
      'Panel.get size',
      'Panel.set size',
      'Panel.show',
      'Panel.onClick',
      'open',
      'close',
      'late',
      '(callback to [1,2].map)',
      'default',
    ]);
  });

  it('measures the full span from the first line to the last, leaving out the comment above', () => {
    expect(byName.outer).toEqual({ file: 'panel.ts', line: 2, name: 'outer', lines: 6 });
    expect(byName.inner).toMatchObject({ line: 3, lines: 3 });
    expect(byName['Panel.constructor']).toMatchObject({ line: 11, lines: 3 });
    expect(byName['Panel.onClick']).toMatchObject({ line: 23, lines: 3 });
    expect(byName.late).toMatchObject({ line: 37, lines: 1 });
  });

  it('leaves out signatures without a body', () => {
    expect(spans.some((s) => s.name === 'overloaded')).toBe(false);
  });
});
