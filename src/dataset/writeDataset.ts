import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEQUENCE_FEATURES, SEQUENCE_POINTS } from '../pipeline/types.ts';

export interface DatasetPart {
  readonly name: string;
  /** One 28×28 byte image per label, concatenated. */
  readonly images: Uint8Array;
  readonly labels: readonly string[];
  /**
   * The inkSequence of each image's ink, concatenated (SEQUENCE_FEATURES × SEQUENCE_POINTS
   * floats an item, channel-major as inkSequence returns it); absent for parts that were
   * not drawn as strokes.
   */
  readonly sequences?: Float32Array;
}

const SEQUENCE_SIZE = SEQUENCE_FEATURES * SEQUENCE_POINTS;

/**
 * Writes rendered training sets for training/data.py: `<name>.u8` holds N×784 bytes
 * (0 = background, 255 = ink, MNIST's own convention) and manifest.json lists each
 * part with its labels as strings, so the trainer maps them to its own class order.
 * A part with sequences also gets `<name>.seq.f32`, N×5×64 little-endian float32 for
 * training/train_trajectory.py, named by its entry's `sequences`; the manifest's
 * `sequenceShape` gives each item's [features, points].
 */
export function writeDataset(dir: string, parts: readonly DatasetPart[], meta: object = {}): void {
  mkdirSync(dir, { recursive: true });
  const withSequences = parts.some((p) => p.sequences !== undefined);
  const manifest = {
    format: 'ink-calc-dataset/1',
    imageSize: 28,
    ...(withSequences ? { sequenceShape: [SEQUENCE_FEATURES, SEQUENCE_POINTS] } : {}),
    ...meta,
    parts: parts.map((p) => {
      if (p.images.length !== p.labels.length * 784) {
        throw new Error(`part ${p.name}: ${p.images.length} bytes for ${p.labels.length} labels`);
      }
      writeFileSync(join(dir, `${p.name}.u8`), p.images);
      const entry = { name: p.name, file: `${p.name}.u8`, count: p.labels.length };
      if (p.sequences === undefined) return { ...entry, labels: p.labels };
      if (p.sequences.length !== p.labels.length * SEQUENCE_SIZE) {
        throw new Error(
          `part ${p.name}: ${p.sequences.length} sequence floats for ${p.labels.length} labels`,
        );
      }
      writeFileSync(join(dir, `${p.name}.seq.f32`), littleEndian(p.sequences));
      return { ...entry, sequences: `${p.name}.seq.f32`, labels: p.labels };
    }),
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
}

/** The floats' bytes, little-endian whatever the machine's own order. */
function littleEndian(values: Float32Array): Uint8Array {
  const bytes = new Uint8Array(values.length * 4);
  const view = new DataView(bytes.buffer);
  values.forEach((v, i) => view.setFloat32(i * 4, v, true));
  return bytes;
}
