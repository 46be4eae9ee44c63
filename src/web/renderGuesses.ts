import type { ShownReading } from './correctRecognition.ts';
import { renderBars } from './renderBars.ts';

const EMPTY =
  "Draw a single symbol to see the model's three best guesses. In a longer line, choose any " +
  'symbol above to see its alternatives.';

/** For a one-symbol drawing, the model's top three guesses as a bar chart. */
export function renderGuesses(container: HTMLElement, shown: ShownReading): void {
  const only = shown.symbols.length === 1 ? shown.symbols[0] : undefined;
  if (!only) {
    const p = document.createElement('p');
    p.className = 'panel-empty';
    p.textContent = EMPTY;
    container.replaceChildren(p);
    return;
  }
  const rows =
    only.symbol === '?' || only.corrected
      ? only.alternatives.slice(0, 3)
      : [{ symbol: only.symbol, p: only.confidence }, ...only.alternatives.slice(0, 2)];
  const list = document.createElement('ul');
  list.className = 'bars';
  list.dataset.testid = 'top-guesses';
  renderBars(list, rows, { firstIsChoice: only.symbol !== '?' && !only.corrected });
  container.replaceChildren(list);
}
