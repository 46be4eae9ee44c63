// Every number the pipeline's decisions were tuned with, in one place, one reason each.
// They were set on the items at even positions of the real-ink evaluation sets only; the
// odd positions stay the held-out figure. How each was measured is in docs/experiments.md.

// ---- parts: digits written without lifting the pen, or touching in a picture, are cut ----
/** A stroke narrower than this × its height is left whole: one digit is about 0.4-0.8. */
export const SLICE_MIN_ASPECT = 0.8;
/** No slice narrower than this × the stroke's height. */
export const SLICE_MIN_PIECE = 0.25;
/** Each slice's ink spans at least this share of the stroke's (or the line's) height. */
export const SLICE_MIN_TALLNESS = 0.6;
/** A stroke wider than this × its height is a bar or a line, not digits in a row. */
export const SLICE_MAX_ASPECT = 3;
/** A picture's component narrower than this × its height is left whole, as a stroke is. */
export const SPLIT_MIN_ASPECT = 0.8;
/** No piece of a component narrower than this × its height. */
export const SPLIT_MIN_PIECE = 0.25;
/** A cut column carries at most this share of the busiest column's ink: a join, not a stroke. */
export const SPLIT_MAX_CUT_INK = 0.5;
/** Each piece's ink spans at least this share of the component's height. */
export const SPLIT_MIN_TALLNESS = 0.6;

// ---- segmentation: which groupings of parts may be one symbol ---------------------------
/** The most parts one symbol may have: a fragmented `8`, a `÷`, the slices of a digit. */
export const MAX_PARTS = 5;
/** A gap wider than this × line height separates two symbols, unless one caps the other. */
export const MAX_GAP = 0.12;
/** Up to this × line height a short part capping a tall one (an open `4`) may still join it. */
export const FAR_GAP = 0.5;
/** No symbol of three or more parts is wider than this × line height (close digits in a picture). */
export const MAX_WIDTH = 2;
/** Parts overlapping across by this share of the narrower one's width must be one symbol. */
export const MERGE_OVERLAP = 0.6;
/** ... unless the narrower one's centre stands within this share of the wider one's edge. */
export const EDGE_MARGIN = 0.15;
/** Parts one above the other (the bars of `=`, the dots of `÷`) sharing this much across are one. */
export const STACK_OVERLAP = 0.5;
/** "Above" allows this share of the taller part's height of overlap: hands are not rulers. */
export const STACK_TOLERANCE = 0.15;
/** A part at most this share of its neighbour's height may cap it (an open `4`'s corner)… */
export const CAP_HEIGHT = 0.6;
/** … when its centre stands within this top share of the neighbour. */
export const CAP_TOP = 0.3;
/** A ring (a `%`'s circle) is no narrower or flatter than this share of its other side… */
export const RING_ROUND = 0.4;
/** … between these shares of the bar's height, so that neither a dot nor a digit is a ring… */
export const RING_SIZE = 0.15;
export const RING_MAX = 0.8;
/** … beside a bar no wider than this share of its height. */
export const RING_BAR_THIN = 0.6;

// ---- segmentation costs: log-probability charged to a grouping ---------------------------
/** Per symbol, so a clear `4` is not read as its two strokes. */
export const SYMBOL_COST = 0.5;
/** Per pair of crossing strokes a grouping separates (the bars of `+`, the strokes of a `4`). */
export const CROSSING_COST = 2;
/** Per line height a far join's gap exceeds MAX_GAP: only a convinced model joins that far. */
export const FAR_GAP_COST = 2;
/** A join that only a `%`'s rings allow, read as anything else: as good as never. */
export const RING_JOIN_COST = 10;
/** A flat bar (this long, at most this thick, × line height) at mid-height (this span of the band)… */
export const MINUS_WIDTH = 0.3;
export const MINUS_THIN = 0.25;
export const MINUS_MID: readonly [number, number] = [0.3, 0.75];
/** … joined to a digit-tall part beside it: a `-` and a digit, read as one symbol. */
export const MINUS_JOIN_COST = 3;

// ---- phase 1: each candidate grouping, from its parts -------------------------------------
/**
 * How much the trajectory model's word counts against the image model's (mixTrajectory): its
 * probabilities are raised to this power. It reads operators and slashes better than digits
 * and knows nothing of a line, so it is heard, not obeyed: at full weight it overruled right
 * `1`s and roots drawn without a bar.
 */
export const TRAJECTORY_WEIGHT = 0.4;

/** How much likelier two stacked bars make `=`: a cautious reading of how rarely anything else looks so. */
export const STACKED_BARS_ODDS = 50;
/** A bar is at most this tall for its width; curled ends of a quick `=` must still pass. */
export const BAR_FLATNESS = 0.6;
/** Stacked bars overlap across by at least this share of the shorter one. */
export const BAR_OVERLAP = 0.5;
/** A bar over a stroke at least this far below it (× line height) has not joined it, as a digit's would. */
export const BAR_GAP = 0.15;
/** The bar is at least this long (× line height): the dashes of a `:` are short. */
export const BAR_LONG = 0.4;
/** …and at most this many times the longer part's width: the dashes of a `:` stand further apart. */
export const BAR_SPREAD = 1.2;
/** How much likelier a bar over a stroke clear below it makes `=`: less sure than two bars. */
export const BAR_OVER_STROKE_ODDS = 10;
/** A `1`'s stem is at least this share of the line's height tall… */
export const SERIF_STEM = 0.6;
/** …and its base serif a bar at most this tall for its length… */
export const SERIF_FLATNESS = 0.45;
/** …with its middle no higher and its top no lower than this share of the stem from its foot… */
export const SERIF_BELOW = 0.2;
/** …lying under the stem for at least this share of the narrower of the two. */
export const SERIF_OVERLAP = 0.5;
/** How much less likely such a pair of pen strokes is a `2`, whose base writers draw on. */
export const SERIF_TWO_ODDS = 0.01;
/** How much likelier a tall part with smaller marks by its top left and bottom right makes `%`. */
export const RINGED_SLASH_ODDS = 10;
/** Those marks are at most this share of the tall part's height across (rings shrunk to dots too)… */
export const RING_SMALL = 0.7;
/**
 * …centred within this share of its height of its top, and of its foot: one in its upper half on
 * the left, one in its lower half on the right (an upright `%` may hold its lower ring high).
 */
export const RING_CORNER = 0.5;
/**
 * Two parts of a grouping that stand digit-tall, the shorter at least this share of the
 * taller's height, are two digits side by side (`90`), not a `%`: its rings are smaller than
 * its slash, even where a ring is drawn on with the slash (a lone `%` of ink-dev stands at 0.72).
 */
export const TWO_DIGITS_ALIKE = 0.8;
/** How much less likely such a pair makes `%`. */
export const TWO_DIGITS_PERCENT_ODDS = 0.01;
/** How much likelier a picture's component of two bars joined by a thin link makes `=`. */
export const JOINED_BARS_ODDS = 10;
/** How likely `=` and `÷` stay when drawn as one piece: rare, but a `z`-like `=` exists. */
export const ONE_PIECE_ODDS = 0.01;
/** A mark down to this share of a root's sign's height below what it holds is held with it. */
export const HELD_FOOT = 0.1;
/** A part before a root's sign joins it (its tick) only if down within this share of its foot. */
export const TICK_FOOT = 0.25;
/** How much likelier `√` is for one stroke rising from its foot (risesFromFoot). */
export const RISES_TO_ROOT_ODDS = 30;
/** …and for one stroke tracing that sign backwards from its top (descendsToTick). */
export const DESCENDS_TO_ROOT_ODDS = 100;
/**
 * How much likelier a `√` is for ink that holds writing under it (holds) and stands at least
 * this × line height tall: a long bar shrunk to 28×28 hides the tick the model needs.
 */
export const HOLDS_RADICAND_ODDS = 30;
export const HOLDS_RADICAND_TALL = 0.5;
/** Ink flatter than this (height / width) is rarely a digit or a bracket. */
export const FLAT_BELOW = 0.3;
/** How gently the flatness odds fall around FLAT_BELOW. */
export const FLAT_SOFTNESS = 0.05;
/** How alike (cosine of the two 28×28 images) a candidate must be to a corrected symbol. */
export const TAUGHT_SIMILARITY = 0.8;
/** How much likelier that makes the label the user chose: a nudge, not an override. */
export const TAUGHT_ODDS = 20;
/** The same shape again (a redrawn symbol): the user's word is final. */
export const SAME_SHAPE = 0.97;
/** The odds that make the user's word final. */
export const SAME_SHAPE_ODDS = 1e6;

// ---- dots: a decimal point or a raised multiplication dot, told by size and place -------
/** A mark about this share of its line's digit height across (or less) is a dot. */
export const DOT_SIZE = 0.25;
/** How gently the dot chance falls around DOT_SIZE. */
export const DOT_SOFTNESS = 0.03;
/** In a picture, a dot is at least this tall for its width (and wide for its height). */
export const DOT_ROUND = 0.4;
/** A mark centred above this share of the way down the digit band caps a digit (a `5`'s hat): no dot. */
export const DOT_TOP = 0.15;
/** A dot whose centre stands above this share of the way down the digit band is raised (`·`). */
export const RAISED_BELOW = 0.75;
/** How gently the raised chance falls around RAISED_BELOW. */
export const RAISED_SOFTNESS = 0.05;
/** A mark whose ink comes this close (× line height) to a larger symbol's touches it: no dot. */
export const DOT_TOUCH = 0.04;
/** A mark centred inside a larger part's box above this share of its height is part of it. */
export const DOT_ENCLOSED = 0.8;
/** Log-odds against a symbol per dot it holds beyond those it is drawn with: a dot is its own symbol. */
export const DOT_JOIN_COST = 3;
/**
 * A dot smaller than this share of the line's digit height may be a touch of the pen, not a
 * point: the answer is unsure. The smallest decimal point of the eval's grammar and expression
 * rows by strokes is 0.067; a tap of the pen in one place is 0.
 */
export const SPECK_DOT = 0.04;
/**
 * In a picture, a mark shorter than this many pen widths each way is a speck of the paper
 * (grain, what the ruled-line eraser left), not ink of the pen that wrote the rest: a point
 * is at least a pen wide. The eval's pictures draw their points 2 or more measured pens
 * across; the specks their ruled photos read as points measure 0.5-0.9.
 */
export const SPECK_PEN = 1;
/**
 * …and a line whose own stroke width is less than this many of the writing's is a hairline
 * (a printed line's remnant, the sheet's edge), however long.
 */
export const HAIRLINE_PEN = 0.5;

// ---- phase 2: each chosen symbol, against its line's digits -------------------------------
/** Digits and brackets stand at least about this share of the line's digit height. */
export const TALL_FROM = 0.65;
/** How gently the odds of a too-short digit fall around TALL_FROM. */
export const TALL_SOFTNESS = 0.07;
/** Operators stand lower than about this share of the line's digit height. */
export const OPERATOR_UNDER = 0.95;
/** How gently the odds of a too-tall operator fall around OPERATOR_UNDER. */
export const OPERATOR_SOFTNESS = 0.07;
/** How much likelier a slash stays in a line: `1`s in numbers far outnumber slashes. */
export const SLASH_IN_LINE_ODDS = 0.01;
/** Alone, a slash is no calculation: it stays only as the alternative a tap can choose. */
export const SLASH_ALONE_ODDS = 0.001;
/**
 * A stroke leaning this many degrees more than each other `1` of its line is drawn unlike
 * that writer's `1`s (both strokes, one writer): a slash is then charged SLASH_LEANING_ODDS
 * only; the three limits were set together (docs/experiments.md).
 */
export const SLASH_LEAN_PAST = 10;
/** …if it leans at least this many degrees itself: a slash's 5th percentile in the eval. */
export const SLASH_LEAN_LEAST = 22;
/** How much likelier a slash stays when it leans past the line's `1`s. */
export const SLASH_LEANING_ODDS = 0.1;
/** A mark smaller than this share of the line's digit height each way is a speck. */
export const SPECK_SIZE = 0.15;
/** How likely a speck stays an operator other than `-`. */
export const SPECK_ODDS = 0.2;

// ---- layout: writing raised after a base is its exponent --------------------------------
// An exponent is a smaller group whose middle stands near its base's top. Checked on even
// items against the digits that follow one another in numbers.json (a smaller digit after a
// tall `1` is no exponent): 0.3 and 0.7 raise 3 of 1,343 such pairs and 84 of 85 exponents
// of powers.json, whose layout is made, so they were not fitted to it.
/** An exponent's middle stands above this share of its base's height, from the base's top. */
export const EXPONENT_CENTRE = 0.3;
/** An exponent's foot stands above this share of its base's height, from the base's top. */
export const EXPONENT_FOOT = 0.7;
/** An exponent's foot stands at most this share of its base's height above the base's top. */
export const EXPONENT_LIFT = 0.5;
/** An exponent is at most this share of its base's height. */
export const EXPONENT_SIZE = 0.75;
/** A base is at least this share of the tallest ink around it: a digit or a bracket, no `-`. */
export const BASE_MIN = 0.6;
/** A layout that changes when the exponent's limits move by this share is unsure. */
export const LAYOUT_SLACK = 0.1;
/** Log-odds against a grouping that joins an exponent to its base. */
export const EXPONENT_JOIN_COST = 3;
/** A picture's blob offered as base and joined exponent is at least this × the line height… */
export const RAISED_CUT_BLOB = 0.8;
/** …and this many pen widths tall… */
export const RAISED_CUT_PENS = 4;
/** …its right-hand part holds ink only above this share of its height, from its top… */
export const RAISED_CUT_FOOT = 0.6;
/** …over at least this share of its height across… */
export const RAISED_CUT_WIDE = 0.2;
/** …starting within this top share of it… */
export const RAISED_CUT_TOP = 0.15;
/** …at least this share of its height tall (a digit, not a `7`'s bar)… */
export const RAISED_CUT_TALL = 0.35;
/** …and the rest, the base, starts at least this share of the height lower… */
export const RAISED_CUT_LIFT = 0.08;
/** …and at most this share… */
export const RAISED_CUT_BASE_TOP = 0.3;
/** …and the exponent holds at least this share of the base's ink (no tip of a stroke). */
export const RAISED_CUT_INK = 0.5;
/** The most symbols one exponent holds (`10^{-12}`, `2^{(1+2)}`): a longer run drifts. */
export const MAX_EXPONENT_SYMBOLS = 5;
/** Levels of exponents read, one inside another (`2^(3^2)` is two). */
export const MAX_EXPONENT_LEVELS = 3;

// ---- trust: when an answer is shown as unsure -------------------------------------------
/** A symbol read with less than this confidence is marked on the page for checking. */
export const UNSURE_BELOW = 0.8;
/**
 * A symbol read with less than this confidence puts its line's answer in doubt, and an answer
 * with less than this share of the doubtful readings that calculate (answerShare) is shown as
 * unsure.
 */
export const ANSWER_UNSURE_BELOW = 0.7;
/**
 * A number alone whose leading `1` the model gave the root's sign this probability or more
 * may be a root written without a bar (`√169` read `1169`): the answer is unsure. Among the
 * numbers of ink-dev, read alone, few leading `1`s reach it.
 */
export const ROOT_AS_ONE = 0.01;
/** Doubtful symbols weighed together (4 readings each, 4^3 parses); more make the answer unsure. */
export const MAX_SHARED_DOUBTS = 3;
/**
 * …except a `=` or a `%` of several pieces, which the model reads less surely than the line's
 * geometry settles them (stacked bars, rings beside a bar): below this.
 */
export const SETTLED_UNSURE_BELOW = 0.3;
/** An answer is unsure when context overruled a symbol the model gave at least this. */
export const OVERRULED_FROM = 0.5;

// ---- the decision and the sequence --------------------------------------------------------
/** The reject class makes a symbol `?` only when at least this sure: odd real ink is still ink. */
export const REJECT_ABOVE = 0.9;
/**
 * A symbol's grouping is settled, and the reject class's share set aside in its confidence
 * (isGroupingSettled), when every grouping of its line without it totals at least this much
 * less (natural log): the ink reads as nothing else, only as odd ink (a coarse tablet's steps).
 */
export const SETTLED_GROUPING_MARGIN = 1;
/**
 * …and, in a picture, when it is no wider than this share of the line's digit height and no
 * taller than the next: a blob larger than a digit may join two symbols, which no other
 * grouping can show.
 */
export const SETTLED_BLOB_WIDTH = 0.8;
export const SETTLED_BLOB_HEIGHT = 1.3;
/** The parser may swap at most this many symbols for an alternative to make the text valid. */
export const REPAIR_MAX_CHANGES = 2;
/**
 * A repair keeps at least this share of the first reading's joint probability; so does a
 * grouping read instead of the best one.
 */
export const REPAIR_MIN_RATIO = 0.05;
/** How many of the next best groupings are read when the best reads as no calculation. */
export const REGROUP_TRIES = 10;
