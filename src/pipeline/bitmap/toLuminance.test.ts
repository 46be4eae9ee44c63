import { describe, expect, it } from 'vitest';
import { toLuminance } from './toLuminance.ts';

/** An RGBA image from [r, g, b, a] pixels, row-major. */
function rgba(pixels: readonly (readonly [number, number, number, number])[]): Uint8ClampedArray {
  return Uint8ClampedArray.from(pixels.flat());
}

describe('toLuminance', () => {
  it('weighs colour by Rec. 601 and passes opaque pixels through', () => {
    const image = toLuminance(
      rgba([
        [255, 0, 0, 255],
        [0, 255, 0, 255],
        [0, 0, 255, 255],
        [200, 200, 200, 255],
      ]),
      2,
      2,
      4,
    );
    expect(image).toMatchObject({ width: 2, height: 2 });
    expect([...image.data]).toEqual([76, 150, 29, 200]);
  });

  it('reads grey and grey+alpha as they are', () => {
    expect([...toLuminance([0, 128, 255], 3, 1, 1).data]).toEqual([0, 128, 255]);
    expect([...toLuminance([9, 255, 7, 255], 2, 1, 2).data]).toEqual([9, 7]);
  });

  it('puts black ink drawn in alpha onto white paper: 255 − alpha', () => {
    const image = toLuminance(
      rgba([
        [0, 0, 0, 0],
        [0, 0, 0, 255],
        [0, 0, 0, 100],
        [0, 0, 0, 0],
      ]),
      4,
      1,
      4,
    );
    expect([...image.data]).toEqual([255, 0, 155, 255]);
  });

  it('puts light ink drawn in alpha onto black paper, the way a chalk canvas exports', () => {
    const image = toLuminance(
      rgba([
        [255, 255, 255, 0],
        [255, 255, 255, 255],
        [0, 0, 0, 0],
      ]),
      3,
      1,
      4,
    );
    expect([...image.data]).toEqual([0, 255, 0]);
  });

  it('gives transparent corners of an opaque page the paper of the page', () => {
    const paper = [230, 230, 230, 255] as const;
    const image = toLuminance(
      rgba([[0, 0, 0, 0], paper, paper, [20, 20, 20, 255], paper, [0, 0, 0, 0]]),
      6,
      1,
      4,
    );
    expect([...image.data]).toEqual([230, 230, 230, 20, 230, 230]);
  });
});
