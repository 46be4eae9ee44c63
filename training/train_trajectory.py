"""Trains the trajectory classifier and exports it to ONNX. Read top to bottom in one sitting.

    /usr/bin/python3 training/train_trajectory.py --config training/configs/trajectory.py \
        --data data/dataset

Where train.py's model reads the 28x28 image, this one reads how the pen moved: inkSequence
(src/pipeline/ink/inkSequence.ts), 64 points along the ink with 5 features each, which
`npm run dataset` writes beside every image it renders from strokes. Its classes are the image
model's, in the same order, since the pipeline multiplies the two models' probabilities. It
exports `sequence` [n, 5, 64] -> `logits` [n, classes] and records itself under `trajectory`
in the image model's JSON, leaving every other key there as it was. `npm run train` runs it
after train.py.
"""
import argparse
import json
import math
import os
import time

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

from config import load_config
from data import read_manifest, read_sequences
from model import export_graph

p = argparse.ArgumentParser()
p.add_argument("--config", default="training/configs/trajectory.py")
p.add_argument("--data", default="data/dataset", help="a folder `npm run dataset` rendered")
p.add_argument("--out", default="training/out/default", help="where trajectory.pt is saved")
p.add_argument("--onnx", default="models/symbols.trajectory.onnx")
p.add_argument("--meta", default="models/symbols.json",
               help="the image model's JSON: gains a `trajectory` key, every other key kept")
p.add_argument("--set", nargs="+", action="extend", default=[], metavar="KEY=VALUE",
               help="override config values (Python literals), e.g. --set seed=3 epochs=2")
args = p.parse_args()

# nanoGPT-style config: a Python file of plain assignments, recorded with the model.
cfg = load_config(args.config, args.set)
# The seed, numpy's too, and a fixed thread count: the same render gives the same model.
torch.set_num_threads(cfg["threads"])
torch.manual_seed(cfg["seed"])
np.random.seed(cfg["seed"])
classes = cfg["classes"]
index = {c: i for i, c in enumerate(classes)}
if not os.path.exists(args.meta):
    raise SystemExit(f"{args.meta}: no image model's JSON to record the trajectory model in "
                     "(train.py writes it: run that first)")
with open(args.meta, encoding="utf-8") as f:
    meta_text = f.read()
meta = json.loads(meta_text)
if meta.get("labels") != classes:
    raise SystemExit(f"{args.meta}'s labels {meta.get('labels')} are not {args.config}'s classes {classes}: "
                     "the pipeline multiplies the two models' probabilities class by class")

# ---- data: every part rendered from strokes, in the manifest's order ----------------------
xs, ys, parts, counts = [], [], [], {}
for name, sequences, labels in read_sequences(args.data):
    xs.append(sequences)
    ys += [index[label] for label in labels]
    parts += [len(counts)] * len(labels)
    counts[name] = len(labels)
if not counts:
    raise SystemExit(f"{args.data}: no part has sequences (render it again with npm run dataset)")
X = torch.from_numpy(np.concatenate(xs))  # [N, 5, 64]: features x, y, dx, dy, lift by 64 points
Y = torch.tensor(ys)
part_of = torch.tensor(parts)
if len(Y) <= cfg["holdout"]:
    raise SystemExit(f"{args.data}: {len(Y)} items, not more than the {cfg['holdout']} held out "
                     "(a smaller render needs --set holdout=N)")
# Held out of the shuffled whole, all parts together: reported, never trained on.
perm = torch.randperm(len(Y))
hold, train = perm[:cfg["holdout"]], perm[cfg["holdout"]:]
print(f"data: {tuple(X.shape)} {counts}; {len(hold)} held out", flush=True)


# ---- model: 1-D convolutions along the path, then the mean and the max over it ------------
class Trajectory(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        layers, cin = [], X.shape[1]
        for k, stage in enumerate(cfg["stages"]):
            if k > 0:
                layers.append(nn.MaxPool1d(2))
            for cout, kernel in stage:
                layers.append(nn.Sequential(nn.Conv1d(cin, cout, kernel, padding=kernel // 2),
                                            nn.BatchNorm1d(cout), nn.ReLU()))
                cin = cout
        self.f = nn.Sequential(*layers)
        self.head = nn.Sequential(nn.Dropout(cfg["dropout"]), nn.Linear(2 * cin, len(cfg["classes"])))

    def forward(self, x):
        h = self.f(x)
        return self.head(torch.cat([h.mean(2), h.amax(2)], 1))


model = Trajectory(cfg)
params = sum(p.numel() for p in model.parameters())
print(f"model: {params} parameters", flush=True)


def augment(x):
    """One random rotation, shear and scale per item, of its points (x, y) and steps (dx, dy)."""
    b = x.shape[0]
    ang = (torch.rand(b) - 0.5) * 2 * math.radians(cfg["rotate_deg"])
    sh = (torch.rand(b) - 0.5) * (2 * cfg["shear"])
    sc = 1 + (torch.rand(b) - 0.5) * (2 * cfg["scale"])
    c, s = torch.cos(ang), torch.sin(ang)
    m = torch.stack([torch.stack([c * sc, -s * sc + sh], 1), torch.stack([s * sc, c * sc], 1)], 1)  # [b, 2, 2]
    xy = torch.einsum("bij,bjn->bin", m, x[:, 0:2])
    d = torch.einsum("bij,bjn->bin", m, x[:, 2:4])
    return torch.cat([xy, d, x[:, 4:5]], 1)


def holdout_accuracy():
    """Over the whole hold-out, and per part (which parts it misreads is what to look at)."""
    model.eval()
    with torch.no_grad():
        right = model(X[hold]).argmax(1) == Y[hold]
    model.train()
    row = {"holdout_acc": round(right.float().mean().item(), 4)}
    for k, name in enumerate(counts):
        mine = part_of[hold] == k
        if mine.any():
            row[f"{name}_holdout_acc"] = round(right[mine].float().mean().item(), 4)
    return row


# ---- train: AdamW, the learning rate along a cosine from its peak to 0 over every step -----
opt = torch.optim.AdamW(model.parameters(), lr=cfg["lr"], weight_decay=cfg["weight_decay"])
bs = cfg["batch_size"]
steps = cfg["epochs"] * (len(train) // bs)  # the last, partial batch of an epoch is left out
step, started, history = 0, time.time(), []
for epoch in range(1, cfg["epochs"] + 1):
    model.train()
    order = train[torch.randperm(len(train))]
    total, seen = 0.0, 0
    for i in range(0, len(order) - bs + 1, bs):
        idx = order[i:i + bs]
        for group in opt.param_groups:
            group["lr"] = cfg["lr"] * 0.5 * (1 + math.cos(math.pi * step / steps))
        loss = F.cross_entropy(model(augment(X[idx])), Y[idx], label_smoothing=cfg["label_smoothing"])
        opt.zero_grad()
        loss.backward()
        opt.step()
        step += 1
        total += loss.item() * len(idx)
        seen += len(idx)
        if step % 200 == 0:
            print(f"epoch {epoch} step {step}/{steps} loss {total / seen:.4f} ({time.time() - started:.0f} s)",
                  flush=True)
    row = {"epoch": epoch, "loss": round(total / max(seen, 1), 4), **holdout_accuracy()}
    history.append(row)
    print(" ".join(f"{k} {v}" for k, v in row.items()) + f" ({time.time() - started:.0f} s)", flush=True)

# ---- save the checkpoint, export logits (no softmax: the pipeline combines them) ----------
seconds = round(time.time() - started)
os.makedirs(args.out, exist_ok=True)
model.eval()
torch.save({"config": cfg, "config_name": os.path.basename(args.config), "model": model.state_dict(),
            "params": params, "counts": counts, "history": history, "seconds": seconds},
           os.path.join(args.out, "trajectory.pt"))
onnx_dir = os.path.dirname(args.onnx)
if onnx_dir:
    os.makedirs(onnx_dir, exist_ok=True)
export_graph(model, torch.zeros(1, *X.shape[1:]), args.onnx, "sequence", "logits", "n")

meta["trajectory"] = {
    "file": os.path.basename(args.onnx),
    "input": {"name": "sequence", "shape": [None, *X.shape[1:]]},
    "output": {"name": "logits"},
    "parameters": params,
    "training": {"config": os.path.basename(args.config), "settings": cfg, "counts": counts,
                 "history": history, "seconds": seconds, "holdout_acc": history[-1]["holdout_acc"],
                 "renders": [read_manifest(args.data).get("options")]},
}
# Written as the file was: 2-space indent, non-ASCII labels as they are, its final newline kept.
with open(args.meta, "w", encoding="utf-8") as f:
    f.write(json.dumps(meta, indent=2, ensure_ascii=False) + ("\n" if meta_text.endswith("\n") else ""))
print(f"exported {args.onnx} ({os.path.getsize(args.onnx)} bytes) and {args.meta}", flush=True)
