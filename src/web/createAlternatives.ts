import { readingLabels } from '../pipeline/score/readingLabels.ts';
import { REJECT } from '../pipeline/score/symbolClasses.ts';
import type { ShownSymbol } from './correctRecognition.ts';
import { drawModelImage } from './drawModelImage.ts';
import { formatPercent, renderBars, spokenSymbol } from './renderBars.ts';

export interface AlternativesElements {
  readonly popover: HTMLElement;
  readonly title: HTMLElement;
  readonly list: HTMLElement;
  readonly keypad: HTMLElement;
  readonly showSeen: HTMLButtonElement;
  readonly seen: HTMLCanvasElement;
}

export interface Alternatives {
  open(
    index: number,
    symbol: ShownSymbol,
    image: Float32Array | undefined,
    anchor: HTMLElement,
  ): void;
  close(returnFocus?: boolean): void;
  readonly openIndex: number | null;
}

/**
 * The correction popover under a chosen symbol: the model's runner-up readings with
 * their probabilities, a keypad for when none of them is right, and on demand the 28×28
 * image the model was given (which usually explains a misreading at a glance).
 */
export function createAlternatives(
  el: AlternativesElements,
  labels: () => readonly string[],
  onPick: (index: number, symbol: string) => void,
  onClose: () => void,
): Alternatives {
  let openIndex: number | null = null;
  let anchor: HTMLElement | null = null;

  const close = (returnFocus = false): void => {
    if (openIndex === null) return;
    openIndex = null;
    el.popover.hidden = true;
    if (returnFocus) anchor?.focus();
    anchor = null;
    onClose();
  };

  const pick = (symbol: string): void => {
    const index = openIndex;
    close(false);
    if (index !== null) onPick(index, symbol);
  };

  el.showSeen.addEventListener('click', () => {
    const show = el.seen.hidden;
    el.seen.hidden = !show;
    el.showSeen.setAttribute('aria-expanded', String(show));
    el.showSeen.textContent = show ? 'Hide what the model saw' : 'Show what the model saw';
  });

  document.addEventListener('pointerdown', (e) => {
    const target = e.target as Node;
    if (openIndex !== null && !el.popover.contains(target) && !anchor?.contains(target)) close();
  });

  return {
    get openIndex() {
      return openIndex;
    },
    close,
    open(index, symbol, image, target) {
      openIndex = index;
      anchor = target;
      const reading =
        symbol.symbol === '?'
          ? 'could not be read'
          : symbol.corrected
            ? `is ${spokenSymbol(symbol.symbol)} (your correction)`
            : `reads as ${symbol.symbol}, ${formatPercent(symbol.confidence)} sure`;
      el.title.textContent = `Symbol ${index + 1} ${reading}`;
      renderBars(el.list, symbol.alternatives, { onPick: pick });
      el.list.hidden = symbol.alternatives.length === 0;

      const keys = readingLabels(labels()).filter((l) => l !== REJECT && l !== symbol.symbol);
      el.keypad.replaceChildren(
        ...keys.map((key) => {
          const button = document.createElement('button');
          button.type = 'button';
          button.className = 'key';
          button.textContent = key;
          button.setAttribute('aria-label', `Use ${spokenSymbol(key)}`);
          button.addEventListener('click', () => pick(key));
          return button;
        }),
      );

      el.showSeen.hidden = image === undefined;
      el.seen.hidden = true;
      el.showSeen.setAttribute('aria-expanded', 'false');
      el.showSeen.textContent = 'Show what the model saw';
      if (image) drawModelImage(el.seen, image);

      el.popover.hidden = false;
      // Sit under the chosen symbol, but never past the readout's right edge.
      const frame = (el.popover.offsetParent ?? document.body).getBoundingClientRect();
      const at = target.getBoundingClientRect().left - frame.left - 12;
      const left = Math.max(8, Math.min(at, frame.width - el.popover.offsetWidth - 8));
      el.popover.style.left = `${left}px`;
      (el.popover.querySelector('button') as HTMLButtonElement | null)?.focus();
    },
  };
}
