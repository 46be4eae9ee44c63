import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface DatasetPart {
  readonly name: string;
  /** One 28×28 byte image per label, concatenated. */
  readonly images: Uint8Array;
  readonly labels: readonly string[];
}

/**
 * Writes rendered training sets for training/data.py: `<name>.u8` holds N×784 bytes
 * (0 = background, 255 = ink, MNIST's own convention) and manifest.json lists each
 * part with its labels as strings, so the trainer maps them to its own class order.
 */
export function writeDataset(dir: string, parts: readonly DatasetPart[], meta: object = {}): void {
  mkdirSync(dir, { recursive: true });
  const manifest = {
    format: 'ink-calc-dataset/1',
    imageSize: 28,
    ...meta,
    parts: parts.map((p) => {
      if (p.images.length !== p.labels.length * 784) {
        throw new Error(`part ${p.name}: ${p.images.length} bytes for ${p.labels.length} labels`);
      }
      writeFileSync(join(dir, `${p.name}.u8`), p.images);
      return { name: p.name, file: `${p.name}.u8`, count: p.labels.length, labels: p.labels };
    }),
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
}
