import { readingTree } from '../pipeline/layout/readingTree.ts';
import type { ShownLine } from './correctRecognition.ts';
import { spokenSymbol } from './renderBars.ts';
import { renderReadingMath } from './renderReadingMath.ts';

export interface LinesElements {
  readonly list: HTMLElement;
  /** Said instead of the list while nothing is written. */
  readonly empty: HTMLElement;
}

/**
 * The sheet's lines, top to bottom, each its reading typeset as written and its answer
 * (`[data-testid=line-value]`: the value, `≈ approx` when inexact, empty when none), the
 * line the readout shows marked current. Each line is a button that shows it in the
 * readout, to check or correct it. A line's item is rebuilt only when its reading changed,
 * so focus stays where it was and a screen reader hears only what is new.
 */
export function renderLines(
  el: LinesElements,
  lines: readonly ShownLine[],
  current: number,
  onPick: (index: number) => void,
): void {
  const items = [...el.list.children] as HTMLLIElement[];
  items.slice(lines.length).forEach((item) => item.remove());
  lines.forEach((line, k) => {
    let item = items[k];
    if (!item) {
      item = document.createElement('li');
      item.className = 'sheet-line';
      el.list.append(item);
    }
    const signature = JSON.stringify([
      line.symbols.map((s) => [s.symbol, s.place?.role, s.place?.level, s.place?.base]),
      line.value,
      line.approx,
      line.check,
      line.unsure,
      line.error?.message,
    ]);
    if (item.dataset.signature !== signature) {
      item.dataset.signature = signature;
      item.replaceChildren(...lineContent(line, k, onPick));
    }
    item.classList.toggle('is-current', k === current);
    const button = item.querySelector('button');
    if (k === current) button?.setAttribute('aria-current', 'true');
    else button?.removeAttribute('aria-current');
  });
  el.empty.hidden = lines.length > 0;
}

function lineContent(line: ShownLine, k: number, onPick: (index: number) => void): Node[] {
  const number = document.createElement('span');
  number.className = 'sheet-number';
  number.textContent = String(k + 1);
  const tokens = line.symbols.map((s) => {
    const span = document.createElement('span');
    span.textContent = s.symbol;
    return span;
  });
  const reading = document.createElement('button');
  reading.type = 'button';
  reading.className = 'sheet-reading';
  const math = renderReadingMath(readingTree(line.symbols), tokens);
  math.classList.add('sheet-math');
  reading.append(number, math);
  const spoken = [...line.text].map(spokenSymbol).join(' ');
  const answer = answerText(line);
  const verdict = line.check === null ? '' : line.check ? ', correct' : ', not equal';
  reading.setAttribute(
    'aria-label',
    `Line ${k + 1}: ${spoken}${answer ? `, ${answer}` : ''}${verdict}. Show it above the drawing`,
  );
  reading.title = 'Show this line above the drawing, to check or correct it';
  reading.addEventListener('click', () => onPick(k));

  const value = document.createElement('span');
  value.className = 'sheet-value';
  value.dataset.testid = 'line-value';
  value.textContent = answer;
  const result = document.createElement('span');
  result.className = 'sheet-answer';
  result.dataset.unsure = String(line.unsure && answer !== '');
  result.dataset.check = line.check === null ? '' : String(line.check);
  result.append(value);
  // An exact fraction keeps its ten digits beside it, set smaller, as the readout does.
  if (line.value !== null && line.approx !== null) {
    const approx = document.createElement('span');
    approx.className = 'sheet-approx';
    approx.textContent = `≈ ${line.approx}`;
    result.append(approx);
  }
  const content: Node[] = [reading, result];
  // A finished line with no answer says why; one still being written is left to finish.
  if (line.error && (line.text.endsWith('=') || line.error.code === 'division-by-zero')) {
    const note = document.createElement('span');
    note.className = 'sheet-note';
    note.textContent = line.error.message;
    note.title = line.error.message;
    content.push(note);
  }
  return content;
}

/** A line's answer as its item shows it: the value, `≈ approx` when inexact, or nothing. */
function answerText(line: ShownLine): string {
  if (line.value !== null) return line.value;
  return line.approx === null ? '' : `≈ ${line.approx}`;
}
