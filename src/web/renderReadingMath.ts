import type { ReadingNode } from '../pipeline/layout/readingTree.ts';

const MATHML = 'http://www.w3.org/1998/Math/MathML';

/**
 * The reading typeset in MathML (readingTree's structure), each symbol's own button set in
 * its place: in a token on the line, raised in an `msup`, under an `msqrt`, over or under an
 * `mfrac`. The MathML draws a root's sign and a fraction's bar itself; their buttons lie over
 * what it draws (styles.css) so that those symbols too stay a tap away. The buttons come in
 * reading order, and so do keyboard focus and the text.
 */
export function renderReadingMath(
  tree: ReadingNode,
  buttons: readonly HTMLElement[],
): MathMLElement {
  const element = (name: string, ...children: Node[]): MathMLElement => {
    const e = document.createElementNS(MATHML, name) as MathMLElement;
    e.append(...children);
    return e;
  };
  const button = (index: number): HTMLElement => buttons[index]!;
  const token = (index: number): MathMLElement => {
    const b = button(index);
    const glyph = b.textContent ?? '';
    const e = element(/^[0-9.]$/.test(glyph) ? 'mn' : glyph === '?' ? 'mi' : 'mo', b);
    // A bracket beside a fraction must not stretch: the button, not a glyph, fills the token.
    if (e.localName === 'mo') e.setAttribute('stretchy', 'false');
    return e;
  };
  // A sign or a bar the MathML draws: its button, out of the flow, lies over the drawing.
  const over = (index: number, kind: 'sign' | 'bar'): MathMLElement => {
    button(index).classList.add('symbol-over', `symbol-${kind}`);
    return element('mtext', button(index));
  };
  const node = (n: ReadingNode): MathMLElement => {
    switch (n.kind) {
      case 'symbol':
        return token(n.index);
      case 'row':
        return element('mrow', ...n.children.map(node));
      case 'power':
        return element('msup', node(n.base), node(n.exponent));
      case 'root':
        return element('msqrt', over(n.sign, 'sign'), node(n.radicand));
      case 'fraction': {
        // The bar's button follows the numerator, so that it is read between the two.
        const numerator = node(n.numerator);
        numerator.append(over(n.bar, 'bar'));
        return element('mfrac', numerator, node(n.denominator));
      }
    }
  };
  return element('math', node(tree));
}
