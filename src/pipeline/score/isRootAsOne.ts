import { ROOT_AS_ONE } from '../tuning.ts';
import { isLoneNumber } from './isLoneNumber.ts';
import { ROOT } from './symbolClasses.ts';

/**
 * Whether a reading is a number alone of two digits or more (`text`, the linear reading)
 * whose first symbol, read `1`, the model also gave the root's sign ROOT_AS_ONE or more: a
 * root written without a bar, its sign read as a `1` (`√169` as `1169`, `√4` as `14`). A
 * number alone asks nothing of a calculator, so such a reading is more likely the root.
 */
export function isRootAsOne(
  text: string,
  first:
    | {
        readonly symbol: string;
        readonly alternatives: readonly { readonly symbol: string; readonly p: number }[];
      }
    | undefined,
): boolean {
  if (!isLoneNumber(text) || text.replace(/[^0-9]/g, '').length < 2) return false;
  if (first?.symbol !== '1') return false;
  return first.alternatives.some((a) => a.symbol === ROOT && a.p >= ROOT_AS_ONE);
}
