// The stage's reader for its own SVG markup (src/stage/paint): every picture the art makes must be readable, so
// none of them falls back to the browser's slow SVG image; anything else is refused with a reason, never guessed.

import { describe, expect, it, onTestFinished } from 'vitest';
import { backdropSvg, characterSvg, locationIds, moodIds, toLook } from '../../src/stage/art/index';
import { drawArt, drawArtSteps } from '../../src/stage/paint/draw';
import { readArt, viewBox, type ArtNode } from '../../src/stage/paint/read';
import { multiply, readTransform, type Matrix } from '../../src/stage/paint/transform';
import { cast } from '../../src/story/registries';

const apply = (m: Matrix, x: number, y: number): [number, number] => [
  m[0] * x + m[2] * y + m[4],
  m[1] * x + m[3] * y + m[5],
];

const close = (a: readonly number[], b: readonly number[]) =>
  a.forEach((v, i) => expect(v).toBeCloseTo(b[i] ?? NaN, 9));

function count(node: ArtNode): number {
  return 1 + node.children.reduce((n, c) => n + count(c), 0);
}

describe('reading transforms', () => {
  it('reads each form the art writes', () => {
    close(apply(readTransform('translate(10 -5)') as Matrix, 1, 1), [11, -4]);
    close(apply(readTransform('translate(7)') as Matrix, 1, 1), [8, 1]);
    close(apply(readTransform('scale(2)') as Matrix, 3, 4), [6, 8]);
    close(apply(readTransform('scale(2, 3)') as Matrix, 3, 4), [6, 12]);
    close(apply(readTransform('matrix(-1 0 0 1 400 0)') as Matrix, 150, 9), [250, 9]);
    // A quarter turn about (10, 10): the point to its right goes below it (y runs down the screen).
    close(apply(readTransform('rotate(90 10 10)') as Matrix, 20, 10), [10, 20]);
    close(apply(readTransform('rotate(-90)') as Matrix, 1, 0), [0, -1]);
  });

  it('applies a list right to left, as SVG does', () => {
    const m = readTransform('translate(100 0) scale(2)') as Matrix;
    close(apply(m, 1, 1), [102, 2]);
    close(m, multiply([1, 0, 0, 1, 100, 0], [2, 0, 0, 2, 0, 0]));
    const head = readTransform(
      'translate(2 -3) rotate(4 200 300) translate(200 300) scale(1.1) translate(-200 -300)',
    );
    expect(head).not.toBeNull();
    close(apply(head as Matrix, 200, 300), [202, 297]); // the pivot only moves by the first translate
  });

  it('refuses what it does not know rather than guessing', () => {
    for (const t of [
      'skewX(20)',
      'rotate(1 2)',
      'translate(1 2 3)',
      'scale(a)',
      'translate(1 2) bogus',
      '',
    ]) {
      expect(readTransform(t), t).toBeNull();
    }
  });
});

describe('reading the art', () => {
  it('reads every room and every person in every mood, with nothing left out', () => {
    const pictures = [
      ...locationIds.map((id) => backdropSvg(id)),
      ...Object.values(cast).flatMap((p) =>
        moodIds.map((mood) => characterSvg({ age: p.age, look: toLook(p.look) }, mood)),
      ),
    ];
    expect(pictures.length).toBeGreaterThan(300);
    for (const svg of pictures) {
      const read = readArt(svg);
      if (!read.ok) throw new Error(`${read.reason} in ${svg.slice(0, 120)}`);
      // Every drawn element becomes a node: the markup's element count less the root's <title>.
      const elements = (svg.match(/<[a-z]+\b/g) ?? []).length;
      expect(count(read.root)).toBe(elements - 1);
    }
  });

  it('keeps structure, attributes, transforms and words, and drops the title', () => {
    const read = readArt(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 20" width="40" height="20" role="img">' +
        '<title>A sign</title><g transform="translate(5 0)" opacity="0.5"><rect x="1" y="2" width="3" height="4" fill="#FFF"/>' +
        '</g><text x="20" y="15" font-size="8" fill="#000">Tea &amp; toast &lt;3</text></svg>',
    );
    if (!read.ok) throw new Error(read.reason);
    const [g, text] = read.root.children;
    expect(read.root.children).toHaveLength(2);
    expect(g?.name).toBe('g');
    expect(g?.attrs.opacity).toBe('0.5');
    expect(g?.transform).toEqual([1, 0, 0, 1, 5, 0]);
    expect(g?.children[0]?.attrs).toEqual({ x: '1', y: '2', width: '3', height: '4', fill: '#FFF' });
    expect(text?.text).toBe('Tea & toast <3');
    expect(viewBox(read.root)).toEqual([0, 0, 40, 20]);
  });

  it('says why it will not read markup the art does not write', () => {
    const svg = (body: string, box = '0 0 10 10') => `<svg viewBox="${box}">${body}</svg>`;
    const cases: [string, RegExp][] = [
      [svg('<line x1="0" y1="0" x2="5" y2="5"/>'), /<line> element/],
      [svg('<rect width="2" height="2" filter="url(#blur)"/>'), /filter attribute on <rect>/],
      [svg('<g transform="skewX(10)"><rect width="2" height="2"/></g>'), /transform "skewX\(10\)"/],
      [svg('<g><rect width="2" height="2"/>'), /does not close|never closed/],
      [svg('<rect width="2" height="2"/>', '0 0 0 10'), /viewBox/],
      [svg('loose words'), /words outside/],
      ['<g/>', /where it cannot be/],
      ['', /no <svg>/],
      [svg('<!-- a comment -->'), /does not know/],
    ];
    for (const [markup, reason] of cases) {
      const read = readArt(markup);
      expect(read.ok, markup).toBe(false);
      if (!read.ok) expect(read.reason, markup).toMatch(reason);
    }
  });
});

describe('painting a step at a time', () => {
  // A 2D context that writes down what is done to it, and Path2D (which Node lacks) as a plain record.
  class FakePath {
    constructor(readonly d?: string) {}
    rect() {}
    roundRect() {}
    ellipse() {}
    arc() {}
  }
  const recorder = (log: string[], name = 'main') => {
    const canvas = { width: 100, height: 50 };
    return new Proxy({ canvas } as unknown as CanvasRenderingContext2D, {
      get(target, key) {
        if (key === 'canvas') return canvas;
        if (key === 'getTransform') return () => ({ a: 1 });
        if (typeof key !== 'string') return undefined;
        return (...args: unknown[]) => log.push(`${name}.${key}(${args.length})`);
      },
      set(_t, key, value) {
        log.push(`${name}.${String(key)}=${typeof value === 'object' ? 'obj' : String(value)}`);
        return true;
      },
    });
  };
  const svg =
    '<svg viewBox="0 0 100 50"><rect width="100" height="50" fill="#eee"/>' +
    '<g opacity="0.5"><circle cx="10" cy="10" r="5"/><path d="M0 0 L5 5"/></g>' +
    '<text x="5" y="40" font-size="8">Menu</text></svg>';

  it('stops after each shape or piece of words, and ends as the whole drawing does', () => {
    const g = globalThis as { Path2D?: unknown };
    const had = g.Path2D;
    g.Path2D ??= FakePath;
    onTestFinished(() => {
      g.Path2D = had;
    });
    const read = readArt(svg);
    if (!read.ok) throw new Error(read.reason);
    const whole: string[] = [];
    drawArt(recorder(whole), read.root, 100, 50, () => recorder(whole, 'layer'));
    const stepped: string[] = [];
    let steps = 0;
    for (const _ of drawArtSteps(recorder(stepped), read.root, 100, 50, () => recorder(stepped, 'layer'))) {
      steps += 1;
      stepped.push('-- another task --');
    }
    // The rectangle, the circle and the path (on the faded group's own layer), the words: four steps.
    expect(steps).toBe(4);
    expect(stepped.filter((c) => !c.startsWith('--'))).toEqual(whole);
    // The faded group is laid onto the picture only once both its shapes are on its layer.
    const laid = stepped.indexOf('main.drawImage(3)');
    expect(stepped.filter((c) => c === 'layer.fill(2)')).toHaveLength(2);
    expect(laid).toBeGreaterThan(stepped.lastIndexOf('layer.fill(2)'));
    expect(stepped.filter((c) => c === 'main.save(0)').length).toBe(
      stepped.filter((c) => c === 'main.restore(0)').length,
    );
  });
});
