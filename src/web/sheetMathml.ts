import { readingTree, type ReadingNode } from '../pipeline/layout/readingTree.ts';
import { errorWords } from './errorWords.ts';
import { sheetText, type CopiedLine } from './sheetText.ts';

/** How a written glyph is set in MathML, where it differs from itself. */
const GLYPHS: Readonly<Record<string, string>> = { '-': '−', '*': '∗' };

/**
 * The sheet as HTML for the clipboard, one paragraph a line of writing, each a MathML
 * `<math>` that typesets the reading as written (raised exponents, radicands under their
 * root, stacked fractions) and its answer as the plain text writes it (sheetText), a
 * fraction stacked; each `<math>` carries its line's plain text as `alttext` for an editor
 * that cannot set MathML.
 */
export function sheetMathml(lines: readonly CopiedLine[]): string {
  const paragraphs = lines.map((line) => {
    const alt = sheetText([line]);
    return `<p><math display="block" alttext="${escape(alt)}">${lineMath(line)}</math></p>`;
  });
  return `<div>${paragraphs.join('')}</div>`;
}

function lineMath(line: CopiedLine): string {
  const last = line.symbols[line.symbols.length - 1];
  const ends = line.text.endsWith('=') && last?.symbol === '=' && last.place === undefined;
  const symbols = ends ? line.symbols.slice(0, -1) : line.symbols;
  const expression = symbols.length > 0 ? node(readingTree(symbols), symbols) : '<mrow></mrow>';
  const is = ends ? '<mo>=</mo>' : '';
  if (line.error)
    return `${expression}${is}<mtext>\u00a0(${escape(errorWords(line.error.code))})</mtext>`;
  if (line.check !== null) return `${expression}<mtext>\u00a0(${String(line.check)})</mtext>`;
  const plain = ends ? line.text.slice(0, -1) : line.text;
  if (line.value !== null && line.approx !== null)
    return `${expression}<mo>=</mo>${number(line.value)}<mo>≈</mo>${number(line.approx)}`;
  if (line.value !== null)
    return plain === line.value ? expression : `${expression}<mo>=</mo>${number(line.value)}`;
  if (line.approx !== null) return `${expression}<mo>≈</mo>${number(line.approx)}`;
  return expression;
}

function node(n: ReadingNode, symbols: CopiedLine['symbols']): string {
  const glyph = (index: number): string => symbols[index]?.symbol ?? '?';
  switch (n.kind) {
    case 'symbol':
      return token(glyph(n.index));
    case 'power':
      return `<msup>${node(n.base, symbols)}${node(n.exponent, symbols)}</msup>`;
    case 'root':
      return `<msqrt>${node(n.radicand, symbols)}</msqrt>`;
    case 'fraction':
      return `<mfrac>${node(n.numerator, symbols)}${node(n.denominator, symbols)}</mfrac>`;
    case 'row': {
      // The digits of a number make one `<mn>`, as a typesetter would write them.
      let out = '';
      let digits = '';
      for (const child of n.children) {
        const g = child.kind === 'symbol' ? glyph(child.index) : '';
        if (/^[0-9.]$/.test(g)) {
          digits += g;
          continue;
        }
        if (digits) out += `<mn>${digits}</mn>`;
        digits = '';
        out += node(child, symbols);
      }
      if (digits) out += `<mn>${digits}</mn>`;
      return `<mrow>${out}</mrow>`;
    }
  }
}

function token(glyph: string): string {
  if (/^[0-9.]$/.test(glyph)) return `<mn>${glyph}</mn>`;
  if (glyph === '?') return '<mi>?</mi>';
  return `<mo>${escape(GLYPHS[glyph] ?? glyph)}</mo>`;
}

/** An answer: a fraction `n/d` stacked, a minus sign as an operator before the digits. */
function number(value: string): string {
  const [, sign = '', n = value, d] = /^(-?)(\d[\d.]*)(?:\/(\d+))?$/.exec(value) ?? [];
  const minus = sign ? '<mo>−</mo>' : '';
  if (d !== undefined) return `${minus}<mfrac><mn>${n}</mn><mn>${d}</mn></mfrac>`;
  return `${minus}<mn>${escape(n)}</mn>`;
}

function escape(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
