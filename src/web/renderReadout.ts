import { readingTree } from '../pipeline/layout/readingTree.ts';
import { doubtTip } from '../pipeline/score/doubtTip.ts';
import { isUnsureSymbol } from '../pipeline/score/isUnsureSymbol.ts';
import type { OtherReading } from '../pipeline/types.ts';
import type { ShownReading } from './correctRecognition.ts';
import { answerLatex } from './answerLatex.ts';
import { formatPercent, spokenSymbol } from './renderBars.ts';
import { renderReadingMath } from './renderReadingMath.ts';

export interface ReadoutElements {
  readonly text: HTMLElement;
  /** Where a quiet hint goes when there is no message. */
  readonly tip: HTMLElement;
  readonly answer: HTMLElement;
  readonly value: HTMLElement;
  readonly message: HTMLElement;
}

/** Where a symbol in a structure stands, as a screen reader says it. */
const WHERE = {
  exponent: 'in the exponent',
  radicand: 'under the root',
  numerator: 'in the numerator',
  denominator: 'in the denominator',
} as const;

/**
 * The line above the ink: the reading typeset as written, exponents raised, radicands under
 * their root, fractions stacked (renderReadingMath), each symbol a button showing the glyph
 * as written (`/`, `·`; the API's `text` holds each one's canonical operator); then the
 * value, any message, and a tip, which offers a doubtful layout's other reading as a button.
 * Keyboard focus on a symbol or on that offer survives the re-render that follows every
 * stroke.
 */
export function renderReadout(
  el: ReadoutElements,
  shown: ShownReading,
  selected: number | null,
  onChoose: (index: number, button: HTMLButtonElement) => void,
  onOtherLayout: () => void,
): void {
  const focused = el.text.contains(document.activeElement)
    ? Number((document.activeElement as HTMLElement).dataset.index)
    : null;
  const offerFocused = el.tip.contains(document.activeElement);

  const buttons = shown.symbols.map((s, i) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'symbol';
    button.dataset.testid = 'symbol';
    button.dataset.index = String(i);
    button.textContent = s.symbol;
    if (s.place && s.place.level > 0) button.dataset.level = String(s.place.level);
    const unsure = !s.corrected && isUnsureSymbol(s);
    button.classList.toggle('is-unsure', unsure);
    button.classList.toggle('is-corrected', s.corrected === true);
    if (unsure) button.dataset.unsure = 'true';
    button.setAttribute('aria-haspopup', 'dialog');
    button.setAttribute('aria-expanded', String(selected === i));
    const how = s.corrected
      ? 'corrected by you'
      : s.symbol === '?'
        ? 'unreadable'
        : `${formatPercent(s.confidence)} sure${unsure ? ', please check' : ''}`;
    const raised = s.place ? `, ${WHERE[s.place.role]}` : '';
    button.setAttribute(
      'aria-label',
      `Symbol ${i + 1}: ${spokenSymbol(s.symbol)}${raised}, ${how}`,
    );
    button.title = s.corrected ? 'Corrected' : `${formatPercent(s.confidence)} sure`;
    button.addEventListener('click', () => onChoose(i, button));
    return button;
  });
  const math = renderReadingMath(readingTree(shown.symbols), buttons);
  math.dataset.testid = 'reading-math';
  math.classList.add('reading');
  // Nothing written leaves the row empty, for its placeholder.
  el.text.replaceChildren(...(buttons.length === 0 ? [] : [math]));
  // The row scrolls rather than wraps (wrapping would move the canvas under the pen);
  // the newest symbol is the one to see, unless keyboard focus is on another.
  if (focused !== null && Number.isInteger(focused)) {
    el.text.scrollLeft = el.text.scrollWidth;
    buttons[Math.min(focused, buttons.length - 1)]?.focus();
  } else {
    scrollToEnd(el.text);
  }

  // The text reads "value ≈ approx"; the approximation is set smaller, as a footnote.
  const exact = document.createElement('span');
  exact.textContent = shown.value ?? '';
  const approx = document.createElement('span');
  approx.className = 'answer-approx';
  // An inexact answer (`√2`) has no exact value: its approximation is the answer, `≈ …`.
  approx.textContent = shown.approx === null ? '' : ` ≈ ${shown.approx}`;
  const answered = shown.value !== null || shown.approx !== null;
  el.value.replaceChildren(
    ...(!answered
      ? []
      : shown.value === null
        ? [approx]
        : approx.textContent
          ? [exact, approx]
          : [exact]),
  );
  el.answer.classList.toggle('has-value', answered);
  el.answer.dataset.latex = answerLatex(shown.value, shown.approx);
  el.answer.classList.toggle('after-equals', shown.text.endsWith('='));
  el.answer.dataset.check = shown.check === null ? '' : String(shown.check);
  // An answer that rests on a doubtful reading is shown as one to check, not as a fact.
  el.answer.dataset.unsure = String(shown.unsure && answered);

  el.message.textContent = shown.error?.message ?? '';
  el.message.dataset.code = shown.error?.code ?? '';

  const unsure = buttons.filter((b) => b.dataset.unsure === 'true').length;
  const check =
    unsure === 0
      ? ''
      : unsure === buttons.length && unsure === 1
        ? 'Not sure about this one. Choose it to see the alternatives.'
        : `Not sure about the marked symbol${unsure > 1 ? 's' : ''}. Choose one to fix it.`;
  // What no mark shows: why the answer is to be checked (a dot that may be hidden, a number
  // led by a 0), said only of an answer shown.
  const why = shown.unsure && answered ? doubtTip(shown.doubts) : '';
  const said = [check, why].filter(Boolean).join(' ');
  // A layout near its limits: say how else it reads (`23` or `2³`), one tap from reading so.
  const offer = shown.otherLayout && otherLayoutButton(shown.otherLayout, onOtherLayout);
  el.tip.replaceChildren(
    ...(said ? [said] : []),
    ...(offer ? [`${said ? ' ' : ''}It may also read `, offer, '.'] : []),
  );
  el.tip.hidden = shown.error !== null || el.tip.textContent === '';
  if (offerFocused && offer && !el.tip.hidden) offer.focus();
}

const scrolling = new WeakSet<HTMLElement>();

/**
 * Scrolls the row to its end in the next frame, whose layout measures it anyway: reading
 * its width now would force a layout of the whole page in the middle of its updates.
 */
function scrollToEnd(row: HTMLElement): void {
  if (scrolling.has(row)) return;
  scrolling.add(row);
  requestAnimationFrame(() => {
    scrolling.delete(row);
    row.scrollLeft = row.scrollWidth;
  });
}

/** The other reading of a doubtful layout with its answer, as a button to read it so. */
function otherLayoutButton(other: OtherReading, onClick: () => void): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'link-button';
  button.dataset.testid = 'other-layout';
  // `23+1=` runs on into its value, `23` says `= 23`; one with no exact value says `≈ …`.
  const answer =
    other.value !== null
      ? `${other.text.endsWith('=') ? '' : ' = '}${other.value}`
      : other.approx !== null
        ? ` ≈ ${other.approx}`
        : '';
  button.textContent = `${other.text}${answer}`;
  button.setAttribute('aria-label', `Read it as ${button.textContent}`);
  button.title = 'Read it this way instead';
  button.addEventListener('click', onClick);
  return button;
}
