import type { Doubt } from '../types.ts';

/** What to check, for the doubts that no marked symbol and no other layout on offer show. */
const TIPS: Readonly<Record<Exclude<Doubt, 'symbols' | 'layout'>, string>> = {
  repaired: 'A symbol was read as its second choice, to make a calculation.',
  'swallowed-dot': 'A dot may be hidden inside a symbol.',
  'speck-dot': 'A dot may be a stray touch of the pen.',
  overruled: 'A symbol was read as its second choice, by its place in the line.',
  'leading-zero': 'A number starts with 0.',
  'bare-number': 'There is only a number here, nothing to work out.',
  'lost-exponent': 'A small raised number may be joined to the one before it.',
  'root-as-one': "The first 1 may be a square root's sign.",
  'operator-run': 'Two operators stand side by side.',
  'bracketed-number': 'A number stands alone in brackets.',
};

/**
 * The sentence that says why an answer is to be checked (the page's tip, the CLI's note), for
 * its first doubt that is not already shown otherwise: doubtful symbols are marked one by
 * one, and a doubtful layout's other reading is offered as a button. Empty when there is none.
 */
export function doubtTip(doubts: readonly Doubt[]): string {
  for (const doubt of doubts) if (doubt !== 'symbols' && doubt !== 'layout') return TIPS[doubt];
  return '';
}
