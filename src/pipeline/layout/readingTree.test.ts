import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Place } from '../types.ts';
import { readingLatex } from './readingLatex.ts';
import { readingTree, type ReadingNode } from './readingTree.ts';

interface Placed {
  readonly symbol: string;
  readonly place?: Place;
}

const exp = (level: number, base = 0): Place => ({ role: 'exponent', level, base });
const under = (base: number): Place => ({ role: 'radicand', level: 0, base });
const n = (base: number): Place => ({ role: 'numerator', level: 0, base });
const d = (base: number): Place => ({ role: 'denominator', level: 0, base });

/** The tree's leaves in order: numerator, bar, denominator; sign, radicand; base, exponent. */
function leaves(node: ReadingNode): number[] {
  switch (node.kind) {
    case 'symbol':
      return [node.index];
    case 'row':
      return node.children.flatMap(leaves);
    case 'power':
      return [...leaves(node.base), ...leaves(node.exponent)];
    case 'root':
      return [node.sign, ...leaves(node.radicand)];
    case 'fraction':
      return [...leaves(node.numerator), node.bar, ...leaves(node.denominator)];
  }
}

/** The tree written as readingLatex writes a reading, to hold the two to one structure. */
function latexOf(node: ReadingNode, symbols: readonly Placed[]): string {
  const of = (m: ReadingNode): string => latexOf(m, symbols);
  switch (node.kind) {
    case 'symbol':
      return readingLatex([{ symbol: symbols[node.index]!.symbol }]);
    case 'row':
      return node.children.map(of).join('');
    case 'power':
      return `${of(node.base)}^{${of(node.exponent)}}`;
    case 'root':
      return `\\sqrt{${of(node.radicand)}}`;
    case 'fraction':
      return `\\frac{${of(node.numerator)}}{${of(node.denominator)}}`;
  }
}

const sym = (index: number): ReadingNode => ({ kind: 'symbol', index });

describe('readingTree', () => {
  it('raises an exponent on the symbol before it', () => {
    const symbols = [
      { symbol: '2' },
      { symbol: '3', place: exp(1) },
      ...[...'+1='].map((symbol) => ({ symbol })),
    ];
    expect(readingTree(symbols)).toEqual({
      kind: 'row',
      children: [
        { kind: 'power', base: sym(0), exponent: { kind: 'row', children: [sym(1)] } },
        sym(2),
        sym(3),
        sym(4),
      ],
    });
  });

  it('sets a numerator over its bar over its denominator, and a radicand under its sign', () => {
    const symbols = [
      { symbol: '1', place: n(1) },
      { symbol: '-' },
      { symbol: '2', place: d(1) },
      { symbol: '+' },
      { symbol: '√' },
      { symbol: '9', place: under(4) },
    ];
    expect(readingTree(symbols)).toEqual({
      kind: 'row',
      children: [
        {
          kind: 'fraction',
          bar: 1,
          numerator: { kind: 'row', children: [sym(0)] },
          denominator: { kind: 'row', children: [sym(2)] },
        },
        sym(3),
        { kind: 'root', sign: 4, radicand: { kind: 'row', children: [sym(5)] } },
      ],
    });
  });

  it('has the structure that readingLatex writes', () => {
    const readings: Placed[][] = [
      [
        { symbol: '2' },
        { symbol: '3', place: exp(1) },
        { symbol: '2', place: exp(2, 1) },
        { symbol: '×' },
        { symbol: '1' },
        { symbol: '0' },
        { symbol: '-', place: exp(1, 5) },
        { symbol: '3', place: exp(1, 5) },
      ],
      [
        { symbol: '√' },
        { symbol: '9', place: under(0) },
        { symbol: '+', place: under(0) },
        { symbol: '7', place: under(0) },
        { symbol: '=' },
      ],
      [...'√169+7'].map((symbol) => ({ symbol })),
      [{ symbol: '√' }, { symbol: '4' }, { symbol: '2', place: exp(1, 1) }, { symbol: '+' }],
      [
        { symbol: '3', place: n(1) },
        { symbol: '-', place: n(3) },
        { symbol: '7', place: d(1) },
        { symbol: '-' },
        { symbol: '1', place: d(3) },
        { symbol: '+' },
        { symbol: '1', place: n(7) },
        { symbol: '-' },
        { symbol: '4', place: d(7) },
        { symbol: '5', place: exp(1, 8) },
      ],
      [
        { symbol: '(' },
        { symbol: '1' },
        { symbol: ')' },
        { symbol: '2', place: exp(1, 2) },
        { symbol: '√', place: exp(1, 2) },
        { symbol: '9', place: exp(1, 2) },
      ],
    ];
    for (const symbols of readings) {
      // Spaces after a command are the one difference of writing them symbol by symbol.
      const bare = (latex: string): string => latex.replace(/ /g, '');
      expect(bare(latexOf(readingTree(symbols), symbols))).toBe(bare(readingLatex(symbols)));
    }
  });

  it('holds every symbol once, in reading order, whatever the places (property)', () => {
    const place = (size: number) =>
      fc.option(
        fc.record({
          role: fc.constantFrom('exponent', 'radicand', 'numerator', 'denominator'),
          level: fc.integer({ min: 0, max: 3 }),
          base: fc.integer({ min: 0, max: size - 1 }),
        }),
        { nil: undefined },
      );
    const reading = fc
      .integer({ min: 1, max: 12 })
      .chain((size) =>
        fc.array(
          fc.record(
            { symbol: fc.constantFrom(...'0123456789+-×√()=.'), place: place(size) },
            { requiredKeys: ['symbol'] },
          ),
          { minLength: size, maxLength: size },
        ),
      );
    fc.assert(
      fc.property(reading, (symbols) => {
        const placed = symbols.map((s) => (s.place ? s : { symbol: s.symbol }));
        expect(leaves(readingTree(placed))).toEqual(placed.map((_, i) => i));
      }),
      { numRuns: 500 },
    );
    expect(readingTree([])).toEqual({ kind: 'row', children: [] });
  });
});
