import type { Ink } from '../pipeline/types.ts';
import type { Shown } from './correctRecognition.ts';
import { fitPhoto, toSurface, type PhotoPlacement } from './fitPhoto.ts';
import { layoutHandwriting } from './layoutHandwriting.ts';
import { placeAnswer } from './placeAnswer.ts';
import { isUnsureSymbol } from '../pipeline/score/isUnsureSymbol.ts';
import type { Scene } from './renderScene.ts';

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
 * the user sees that symbol, and the answer written after a final `=`.
 */
export function composeScene<B extends { readonly width: number; readonly height: number }>(
  shown: Shown,
  content: SurfaceContent<B>,
  surface: { readonly width: number; readonly height: number },
  selected: number | null,
): ComposedScene<B> {
  const { photo } = content;
  const fit =
    photo && fitPhoto(photo.bitmap.width, photo.bitmap.height, surface.width, surface.height);
  // A photo's boxes are in its own pixels; and while a new reading is pending, the last
  // one may be of the other kind (ink before a photo was opened): its boxes are not shown.
  const symbols = shown.symbols.map((sym) => {
    if (fit) return sym.strokes ? null : { ...sym, box: toSurface(sym.box, fit) };
    return sym.strokes ? sym : null;
  });
  const onSurface = symbols.filter((sym) => sym !== null);
  const place =
    onSurface.length === symbols.length
      ? placeAnswer({ ...shown, symbols: onSurface }, surface.width, surface.height)
      : null;
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
    answer: place ? layoutHandwriting(place.text, place.box).strokes : [],
    answerHeight: place?.box.height ?? 0,
    answerUnsure: shown.unsure,
  };
}
