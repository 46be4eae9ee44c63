"""Reads the two kinds of training input: MNIST in IDX (pixels, already normalised by its
authors) and the parts that `npm run dataset` rendered from strokes with the app's own
TypeScript pipeline (images, and for the trajectory model the pen's path as inkSequence reads
it). Nothing here normalises: the images arrive exactly as inference sees them.
"""
import gzip
import hashlib
import json
import os
import struct
import sys

import numpy as np


def read_idx(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rb") as f:
        data = f.read()
    magic, count = struct.unpack(">II", data[:8])
    if magic == 2051:
        rows, cols = struct.unpack(">II", data[8:16])
        return np.frombuffer(data, dtype=np.uint8, offset=16).reshape(count, rows, cols)
    if magic == 2049:
        return np.frombuffer(data, dtype=np.uint8, offset=8)
    raise ValueError(f"{path}: IDX magic {magic} is neither images (2051) nor labels (2049)")


def read_mnist(folder, split):
    prefix = "train" if split == "train" else "t10k"
    images = read_idx(os.path.join(folder, f"{prefix}-images-idx3-ubyte.gz"))
    labels = read_idx(os.path.join(folder, f"{prefix}-labels-idx1-ubyte.gz"))
    return images, [str(int(l)) for l in labels]


def read_manifest(folder):
    """What `npm run dataset` wrote about a rendered folder: its parts and its options."""
    with open(os.path.join(folder, "manifest.json")) as f:
        manifest = json.load(f)
    if manifest.get("format") != "ink-calc-dataset/1":
        raise ValueError(f"{folder}: not an ink-calc dataset (run npm run dataset)")
    return manifest


def read_rendered(folder):
    """Yields (name, uint8 images [N, 28, 28], labels as strings) for each rendered part."""
    for part in read_manifest(folder)["parts"]:
        raw = np.fromfile(os.path.join(folder, part["file"]), dtype=np.uint8)
        yield part["name"], raw.reshape(part["count"], 28, 28), part["labels"]


def read_sequences(folder):
    """Yields (name, float32 sequences [N, 5, 64], labels as strings) for each rendered part
    that has them: inkSequence of each image's ink, channel-major, as the trajectory model reads."""
    manifest = read_manifest(folder)
    for part in manifest["parts"]:
        if "sequences" not in part:
            continue
        raw = np.fromfile(os.path.join(folder, part["sequences"]), dtype="<f4")
        yield part["name"], raw.reshape(part["count"], *manifest["sequenceShape"]), part["labels"]


if __name__ == "__main__":
    # `python3 data.py --checksum DIR`: what the trainer reads, for the TypeScript test that
    # proves both sides agree byte for byte.
    if len(sys.argv) == 3 and sys.argv[1] == "--checksum":
        out = {}
        for name, images, labels in read_rendered(sys.argv[2]):
            out[name] = {
                "count": int(images.shape[0]),
                "sums": [int(s) for s in images.reshape(images.shape[0], -1).sum(axis=1, dtype=np.int64)],
                "weighted": [int(s) for s in (images.reshape(images.shape[0], -1).astype(np.int64) * np.arange(784)).sum(axis=1)],
                "labels": labels,
            }
        for name, sequences, _ in read_sequences(sys.argv[2]):
            out[name]["sequences"] = {"shape": list(sequences.shape),
                                      "sha256": hashlib.sha256(sequences.tobytes()).hexdigest()}
        print(json.dumps(out))
    else:
        print("usage: data.py --checksum DATASET_DIR", file=sys.stderr)
        sys.exit(2)
