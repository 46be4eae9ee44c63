/** The logistic curve 1 / (1 + e^-x): the soft step the size and shape odds are made of. */
export function logistic(x: number): number {
  return 1 / (1 + Math.exp(-x));
}
