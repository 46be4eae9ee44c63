"""Exports a checkpoint that train.py saved, as train.py itself would have:

    /usr/bin/python3 training/export.py training/out/gpu/ckpt.pt \
        --onnx models/symbols.onnx --meta models/symbols.json

For models trained elsewhere (configs/gpu.py on a CUDA machine with a newer PyTorch): exporting
here keeps every shipped model on the same exporter, Debian's PyTorch 1.13.
"""
import argparse
import os

import torch

from model import build_model, export_onnx, write_meta

p = argparse.ArgumentParser()
p.add_argument("ckpt")
p.add_argument("--onnx", default="models/symbols.onnx")
p.add_argument("--meta", default="models/symbols.json")
args = p.parse_args()

ckpt = torch.load(args.ckpt, map_location="cpu")
cfg = ckpt["config"]
model = build_model(cfg)
model.load_state_dict(ckpt["model"])
export_onnx(model, args.onnx)
write_meta(args.meta, cfg, ckpt["config_name"], ckpt["params"], ckpt["counts"], ckpt["history"], ckpt["seconds"],
           ckpt.get("renders"))
print(f"exported {args.onnx} ({os.path.getsize(args.onnx)} bytes) and {args.meta}")
