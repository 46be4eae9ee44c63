import type { Ink, RecognizedSymbol } from '../pipeline/types.ts';
import type { Shown } from './correctRecognition.ts';
import { fitPhoto, toSurface, type PhotoPlacement } from './fitPhoto.ts';
import { layoutHandwriting } from './layoutHandwriting.ts';
import { layoutStackedFraction } from './layoutStackedFraction.ts';
import { placeAnswer } from './placeAnswer.ts';
import { isUnsureSymbol } from '../pipeline/score/isUnsureSymbol.ts';
import type { Scene } from './renderScene.ts';

type Box = readonly [number, number, number, number];

/** What the surface holds: ink, or a photo (only its size matters here). */
export interface SurfaceContent<B extends { readonly width: number; readonly height: number }> {
  readonly ink: Ink;
  readonly photo: { readonly bitmap: B } | null;
}

export type ComposedScene<B> = Omit<Scene, 'live' | 'answerReveal' | 'photo'> & {
  readonly photo: { readonly bitmap: B; readonly place: PhotoPlacement } | null;
};

/**
 * The scene the surface draws for a reading: the ink or the photo, each symbol's box where
 * the user sees that symbol, and each line's answer written after its final `=`. While a
 * newer reading is pending, `changed` holds the boxes of the strokes drawn or undone since
 * this one: the answers of the lines they touch are left out, never shown beside changed ink.
 */
export function composeScene<B extends { readonly width: number; readonly height: number }>(
  shown: Shown,
  content: SurfaceContent<B>,
  surface: { readonly width: number; readonly height: number },
  selected: number | null,
  changed: readonly Box[] = [],
): ComposedScene<B> {
  const { photo } = content;
  const fit =
    photo && fitPhoto(photo.bitmap.width, photo.bitmap.height, surface.width, surface.height);
  // A photo's boxes are in its own pixels; and while a new reading is pending, the last
  // one may be of the other kind (ink before a photo was opened): its boxes are not shown.
  const onSurface = <S extends RecognizedSymbol>(sym: S): S | null => {
    if (fit) return sym.strokes ? null : { ...sym, box: toSurface(sym.box, fit) };
    return sym.strokes ? sym : null;
  };
  const symbols = shown.symbols.map(onSurface);
  // Each line's symbols where the surface shows them, or null for a reading of the other kind.
  const lines = shown.lines.map((line) => {
    const mapped = line.symbols.map(onSurface);
    return mapped.every((sym) => sym !== null) ? mapped : null;
  });
  const tops = lines.map((line) => Math.min(...(line ?? []).map((sym) => sym.box[1])));
  const answers = shown.lines.flatMap((line, k) => {
    const lineSymbols = lines[k];
    if (!lineSymbols) return [];
    // Written under its line only if that leaves the next line's ink alone.
    const floor = Math.min(surface.height, ...tops.slice(k + 1));
    const place = placeAnswer(
      { ...line, symbols: lineSymbols },
      surface.width,
      surface.height,
      floor,
    );
    if (!place) return [];
    const top = Math.min(tops[k]!, place.box.top);
    const bottom = Math.max(
      place.box.top + place.box.height,
      ...lineSymbols.map((sym) => sym.box[1] + sym.box[3]),
    );
    if (changed.some(([, y, , h]) => y <= bottom && y + h >= top)) return [];
    // A line that holds a stacked fraction gets a fraction answer written the same way.
    const stacked = line.symbols.some((sym) => sym.place?.role === 'denominator');
    const { strokes } = stacked
      ? layoutStackedFraction(place.text, place.box)
      : layoutHandwriting(place.text, place.box);
    return [{ strokes, height: place.box.height, unsure: line.unsure }];
  });
  return {
    photo: photo && fit ? { bitmap: photo.bitmap, place: fit } : null,
    strokes: content.ink,
    boxes: symbols.flatMap((sym, i) =>
      sym
        ? [
            {
              box: sym.box,
              unsure: !sym.corrected && isUnsureSymbol(sym),
              selected: selected === i,
            },
          ]
        : [],
    ),
    answers,
  };
}
