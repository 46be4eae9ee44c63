import type { Alternative } from '../pipeline/types.ts';

export interface BarOptions {
  /** Makes each row a button that picks its symbol (the alternatives list). */
  readonly onPick?: (symbol: string) => void;
  /** The first row is the model's choice: shown, but not offered as a correction. */
  readonly firstIsChoice?: boolean;
}

/**
 * A probability bar chart as a list, so screen readers read "7, 84 percent" rather than
 * shapes. Bar lengths are set through CSSOM (allowed under the page's CSP, unlike
 * inline style attributes).
 */
export function renderBars(
  list: HTMLElement,
  rows: readonly Alternative[],
  options: BarOptions = {},
): void {
  list.replaceChildren(
    ...rows.map((row, i) => {
      const item = document.createElement('li');
      const percent = formatPercent(row.p);
      const label = document.createElement('span');
      label.className = 'bar-symbol';
      label.textContent = row.symbol;
      const track = document.createElement('span');
      track.className = 'bar-track';
      const fill = document.createElement('span');
      fill.className = 'bar-fill';
      fill.style.setProperty('--p', String(Math.max(0, Math.min(1, row.p))));
      track.append(fill);
      const value = document.createElement('span');
      value.className = 'bar-value';
      value.textContent = percent;
      const chosen = options.firstIsChoice === true && i === 0;
      const { onPick } = options;
      if (onPick && !chosen) {
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'bar-row';
        button.dataset.testid = 'alternative';
        button.dataset.symbol = row.symbol;
        button.setAttribute('aria-label', `Use ${spokenSymbol(row.symbol)} (${percent})`);
        button.append(label, track, value);
        button.addEventListener('click', () => onPick(row.symbol));
        item.append(button);
      } else {
        const div = document.createElement('div');
        div.className = chosen ? 'bar-row bar-row-chosen' : 'bar-row';
        div.append(label, track, value);
        item.append(div);
      }
      return item;
    }),
  );
}

export function formatPercent(p: number): string {
  if (p > 0 && p < 0.01) return '<1%';
  return `${Math.round(p * 100)}%`;
}

const SPOKEN: Readonly<Record<string, string>> = {
  '+': 'plus',
  '-': 'minus',
  '×': 'times',
  '÷': 'divided by',
  '=': 'equals',
  '(': 'open bracket',
  ')': 'close bracket',
  '?': 'unreadable symbol',
  '.': 'point',
  '·': 'times (dot)',
  '*': 'times (star)',
  '/': 'divided by (slash)',
  ':': 'divided by (colon)',
  '%': 'percent',
  '√': 'square root',
  '^': 'to the power',
};

/** How a symbol reads aloud: screen readers skip or mangle several of ours. */
export function spokenSymbol(symbol: string): string {
  return SPOKEN[symbol] ?? symbol;
}
