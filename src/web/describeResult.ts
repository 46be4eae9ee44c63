import type { ShownReading } from './correctRecognition.ts';
import { spokenSymbol } from './renderBars.ts';

/**
 * The sentence the live region announces, or '' when there is nothing worth saying yet.
 * Mid-drawing errors ("ends with +") are normal while writing and would only chatter.
 */
export function describeResult(shown: ShownReading): string {
  if (shown.text === '') return '';
  const spoken = [...shown.text].map(spokenSymbol).join(' ');
  if (shown.error) {
    const finished = shown.text.endsWith('=') || shown.error.code === 'division-by-zero';
    return finished ? `${spoken}: ${shown.error.message}` : '';
  }
  if (shown.value === null && shown.approx === null) return '';
  // An inexact answer (`√2`) is only ever about its ten digits.
  if (shown.value === null) {
    return shown.check === null
      ? `${spoken}, about ${shown.approx}`
      : `${spoken}: ${shown.check ? 'correct, to twelve digits' : `not quite, the left side is about ${shown.approx}`}`;
  }
  const approx = shown.approx === null ? '' : `, about ${shown.approx}`;
  if (shown.check !== null) {
    return `${spoken}: ${shown.check ? 'correct' : `not quite, the left side is ${shown.value}`}`;
  }
  if (shown.text.endsWith('=')) return `${spoken} ${shown.value}${approx}`;
  return `${spoken}, equals ${shown.value}${approx}`;
}
