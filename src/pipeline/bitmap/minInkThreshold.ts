/**
 * Smallest ink-vs-paper difference (luminance levels) that can count as ink. JPEG noise
 * and paper grain on a white page stay well under this, so they never reach Otsu's
 * "ink" class; faint pencil on a phone photo is still ~60 levels off the paper.
 */
export const MIN_INK_THRESHOLD = 24;
