"""Trains the symbol classifier and exports it to ONNX. Read top to bottom in one sitting.

    /usr/bin/python3 training/train.py --config training/configs/default.py \
        --mnist ../shared/datasets/mnist --data data/dataset

`npm run train` renders the dataset first and then calls this.
"""
import argparse
import math
import os
import time

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

from config import load_config
from data import read_manifest, read_mnist, read_rendered
from model import build_model, export_onnx, write_meta

p = argparse.ArgumentParser()
p.add_argument("--config", default="training/configs/default.py")
p.add_argument("--mnist", default="../shared/datasets/mnist")
p.add_argument("--data", nargs="+", default=["data/dataset"],
               help="one or more rendered datasets (other --seed values add variety)")
p.add_argument("--out", default="training/out")
p.add_argument("--onnx", default="models/symbols.onnx")
p.add_argument("--meta", default="models/symbols.json")
p.add_argument("--max-minutes", type=float, default=None,
               help="stop early and still save and export (a machine lent for a fixed time)")
p.add_argument("--set", nargs="+", action="extend", default=[], metavar="KEY=VALUE",
               help="override config values (Python literals), e.g. --set seed=3 epochs=12")
args = p.parse_args()

# nanoGPT-style config: a Python file of plain assignments, recorded in the checkpoint.
cfg = load_config(args.config, args.set)
torch.manual_seed(cfg["seed"])
np.random.seed(cfg["seed"])
torch.set_num_threads(cfg["threads"])
# The default config trains on the CPU; configs/gpu.py names "cuda" for a longer run there.
device = torch.device(cfg.get("device", "cpu"))
if device.type == "cuda" and not torch.cuda.is_available():
    raise SystemExit(f"{args.config} asks for device {device}, but this PyTorch sees no CUDA GPU: "
                     "use training/configs/default.py on a CPU")
classes = cfg["classes"]
index = {c: i for i, c in enumerate(classes)}

# ---- data -------------------------------------------------------------------------------
def to_tensor(images, labels):
    x = torch.from_numpy(np.array(images, copy=True)).float().div_(255).unsqueeze(1)
    y = torch.tensor([index[l] for l in labels], dtype=torch.long)
    return x, y

mnist_x, mnist_y = to_tensor(*read_mnist(args.mnist, "train"))
keep = int(len(mnist_y) * cfg["mnist_fraction"])
xs, ys, counts = [mnist_x[:keep]], [mnist_y[:keep]], {"mnist": keep}
# How hard each sample is augmented: MNIST is already real, varied handwriting (and its
# test set is what it is judged on), the rendered parts need the full range.
strengths = [torch.full((keep,), float(cfg.get("mnist_aug_strength", 1.0)))]
rendered = {}
# What each rendered folder was made with (npm run dataset's options): kept with the model,
# since the same trainer config on another render is another model.
renders = []
for folder in args.data:
    renders.append(read_manifest(folder).get("options"))
    for name, images, labels in read_rendered(folder):
        rendered.setdefault(name, []).append((images, labels))
val_parts = {}
for name, chunks in rendered.items():
    x, y = to_tensor(np.concatenate([c[0] for c in chunks]), [l for c in chunks for l in c[1]])
    perm = torch.randperm(len(y))
    n_val = max(1, len(y) // 20)  # 5 % held out to watch each part while training
    val_parts[name] = (x[perm[:n_val]], y[perm[:n_val]])
    tx, ty = x[perm[n_val:]], y[perm[n_val:]]
    for _ in range(cfg["part_repeat"].get(name, 1)):
        xs.append(tx)
        ys.append(ty)
        strengths.append(torch.ones(len(ty)))
    counts[name] = len(ty)
train_x, train_y, train_s = (torch.cat(t).to(device) for t in (xs, ys, strengths))
test_x, test_y = (t.to(device) for t in to_tensor(*read_mnist(args.mnist, "test")))
val_parts = {n: (x.to(device), y.to(device)) for n, (x, y) in val_parts.items()}
print(f"train: {len(train_y)} images {counts}; MNIST test: {len(test_y)}", flush=True)

# ---- augmentation of finished 28x28 tensors ------------------------------------------------
def augment(x, k):
    """k: per-sample strength in [0, 1], scaling every range and probability below."""
    b, dev = x.shape[0], x.device
    rand = lambda *shape: torch.rand(*shape, device=dev)
    apply = (rand(b) < cfg["aug_prob"] * k).float().view(b, 1, 1)
    ang = (rand(b) * 2 - 1) * math.radians(cfg["rotate_deg"]) * k
    sh = (rand(b) * 2 - 1) * cfg["shear"] * k
    lo, hi = cfg["scale"]
    sc = 1 + (lo - 1 + rand(b) * (hi - lo)) * k
    t = (rand(b, 2) * 2 - 1) * cfg["translate_px"] / 14 * k.view(b, 1)
    cos, sin = torch.cos(ang) / sc, torch.sin(ang) / sc
    theta = torch.stack([torch.stack([cos, -sin + sh * cos, t[:, 0]], 1),
                         torch.stack([sin, cos + sh * sin, t[:, 1]], 1)], 1)
    eye = torch.tensor([[1.0, 0, 0], [0, 1.0, 0]], device=dev).expand(b, 2, 3)
    theta = apply * theta + (1 - apply) * eye
    grid = F.affine_grid(theta, x.shape, align_corners=False)
    # Elastic: a smooth random displacement, coarse noise upsampled (Simard et al. 2003).
    el = (rand(b) < cfg["elastic_prob"] * k).float().view(b, 1, 1, 1)
    noise = torch.randn(b, 2, 4, 4, device=dev) * (cfg["elastic_alpha"] / 14)
    field = F.interpolate(noise, size=(28, 28), mode="bicubic", align_corners=False)
    grid = grid + el * field.permute(0, 2, 3, 1)
    x = F.grid_sample(x, grid, align_corners=False, padding_mode="zeros")
    # Pen width: dilate or erode a few, since real pens are thinner and thicker than MNIST's.
    r = (rand(b) / k.clamp(min=1e-6)).view(b, 1, 1, 1)
    dil = F.max_pool2d(x, 3, 1, 1)
    ero = -F.max_pool2d(-x, 3, 1, 1)
    wp = cfg["width_prob"]
    x = torch.where(r < wp / 2, dil, torch.where(r < wp, 0.5 * x + 0.5 * ero, x))
    return x.clamp_(0, 1)

# ---- model --------------------------------------------------------------------------------
# channels_last runs these convolutions ~8 % faster on the CPU (measured on 2 cores).
model = build_model(cfg).to(device, memory_format=torch.channels_last)
params = sum(p.numel() for p in model.parameters())
print(f"model: {params} parameters", flush=True)

def accuracy(x, y, bs=1000):
    model.eval()
    correct = 0
    with torch.no_grad():
        for i in range(0, len(y), bs):
            correct += (model(x[i:i + bs]).argmax(1) == y[i:i + bs]).sum().item()
    model.train()
    return correct / len(y)

# ---- train --------------------------------------------------------------------------------
opt = torch.optim.AdamW(model.parameters(), lr=cfg["lr"], weight_decay=cfg["weight_decay"])
steps_per_epoch = math.ceil(len(train_y) / cfg["batch_size"])
sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=cfg["lr"], total_steps=cfg["epochs"] * steps_per_epoch)
loss_fn = nn.CrossEntropyLoss(label_smoothing=cfg["label_smoothing"])
started = time.time()
history = []
deadline = started + args.max_minutes * 60 if args.max_minutes else math.inf
stopped = False
for epoch in range(1, cfg["epochs"] + 1):
    perm = torch.randperm(len(train_y), device=device)
    total, seen, correct = torch.zeros((), device=device), 0, torch.zeros((), device=device)
    for step in range(steps_per_epoch):
        idx = perm[step * cfg["batch_size"]:(step + 1) * cfg["batch_size"]]
        x = augment(train_x[idx], train_s[idx]).contiguous(memory_format=torch.channels_last)
        y = train_y[idx]
        logits = model(x)
        loss = loss_fn(logits, y)
        opt.zero_grad(set_to_none=True)
        loss.backward()
        opt.step()
        sched.step()
        # Summed on the device: a .item() per step would make a GPU wait for every step.
        total += loss.detach() * len(y)
        seen += len(y)
        correct += (logits.argmax(1) == y).sum()
        if time.time() > deadline:
            stopped = True
            break
        if step % 200 == 0:
            print(f"epoch {epoch} step {step}/{steps_per_epoch} loss {total.item() / seen:.4f} "
                  f"train-acc {correct.item() / seen:.4f} ({time.time() - started:.0f} s)", flush=True)
    row = {"epoch": epoch, "loss": round(total.item() / seen, 4), "train_acc": round(correct.item() / seen, 4),
           "mnist_test_acc": round(accuracy(test_x, test_y), 4)}
    row.update({f"{n}_val_acc": round(accuracy(*v), 4) for n, v in val_parts.items()})
    history.append(row)
    print(" ".join(f"{k} {v}" for k, v in row.items()) + f" ({time.time() - started:.0f} s)", flush=True)
    if stopped:
        # The learning rate never finished its decay: such a model is for salvage, not shipping.
        row["stopped_early"] = f"--max-minutes {args.max_minutes} reached in epoch {epoch}, step {step}"
        print(f"STOPPED EARLY: {row['stopped_early']}", flush=True)
        break

# ---- save: the checkpoint carries its config; the ONNX graph carries the softmax ----------
os.makedirs(args.out, exist_ok=True)
seconds = round(time.time() - started)
state = {k: v.cpu() for k, v in model.state_dict().items()}
torch.save({"config": cfg, "config_name": os.path.basename(args.config), "model": state, "params": params,
            "counts": counts, "history": history, "seconds": seconds, "renders": renders},
           os.path.join(args.out, "ckpt.pt"))
export_onnx(model, args.onnx)
write_meta(args.meta, cfg, os.path.basename(args.config), params, counts, history, seconds, renders)
print(f"exported {args.onnx} ({os.path.getsize(args.onnx)} bytes) and {args.meta}", flush=True)
