"""The network and its ONNX export, shared by train.py and export.py so that a checkpoint
trained anywhere (a GPU with a newer PyTorch, say) is exported here exactly as train.py would;
train_trajectory.py exports through the same exporter (export_graph).
"""
import inspect
import json
import os

import torch
import torch.nn as nn


def block(cin, cout):
    return [nn.Conv2d(cin, cout, 3, padding=1, bias=False), nn.BatchNorm2d(cout), nn.ReLU(inplace=True)]


def build_model(cfg):
    """A stage is a few 3x3 convolutions at one resolution, then a 2x2 max-pool: 28 -> 14 -> 7 -> 3."""
    layers, cin = [], 1
    for stage in cfg["stages"]:
        for cout in stage:
            layers += block(cin, cout)
            cin = cout
        layers.append(nn.MaxPool2d(2))
    return nn.Sequential(
        *layers, nn.Flatten(), nn.Linear(cin * 9, cfg["hidden"]), nn.ReLU(inplace=True),
        nn.Dropout(cfg["dropout"]), nn.Linear(cfg["hidden"], len(cfg["classes"])),
    )


def export_onnx(model, path):
    """Opset 17, softmax inside the graph, dynamic batch: the contract src/runtime checks."""
    model = model.cpu().eval().to(memory_format=torch.contiguous_format)
    export = nn.Sequential(model, nn.Softmax(dim=1))
    export_graph(export, torch.zeros(1, 1, 28, 28), path, "image", "probabilities", "batch")


def export_graph(module, example, path, input_name, output_name, batch_axis):
    """Opset 17 with a dynamic batch, through the exporter every shipped model went through:
    PyTorch 2.x defaults to the dynamo exporter, the TorchScript one is what Debian's 1.13 has."""
    extra = {"dynamo": False} if "dynamo" in inspect.signature(torch.onnx.export).parameters else {}
    torch.onnx.export(module, example, path, opset_version=17,
                      input_names=[input_name], output_names=[output_name],
                      dynamic_axes={input_name: {0: batch_axis}, output_name: {0: batch_axis}}, **extra)


def write_meta(path, cfg, config_name, params, counts, history, seconds, renders=None):
    """models/symbols.json, the authority on the model. Measured figures are written later by
    `npm run eval -- --write`; any already there are kept, marked stale."""
    classes = cfg["classes"]
    meta = {
        "name": "ink-calc symbols",
        "labels": classes,
        "input": {"name": "image", "shape": ["N", 1, 28, 28], "dtype": "float32", "range": [0, 1],
                  "polarity": "white ink on black",
                  "normalisation": "MNIST: longer side 20 px, centre of mass at (14, 14)"},
        "output": {"name": "probabilities", "shape": ["N", len(classes)], "activation": "softmax"},
        "parameters": params,
        "training": {"config": config_name, "settings": cfg, "counts": counts,
                     "history": history, "seconds": seconds,
                     "data": ["MNIST train (IDX)", "UCI pendigits train.json (CC BY 4.0), rendered by src/pipeline",
                              "procedural operators, glyphs and rejects (src/dataset), rendered by src/pipeline"]},
    }
    if renders is not None:  # checkpoints from before it was recorded have none
        meta["training"]["renders"] = renders
    if os.path.exists(path):
        with open(path) as f:
            old = json.load(f)
        if "evaluation" in old:
            meta["evaluation"] = {"stale": True, **old["evaluation"]}
        # train_trajectory.py's model is its own file, trained on its own: a new image model
        # keeps it (same classes, which train_trajectory.py checked against these labels).
        if "trajectory" in old and old.get("labels") == classes:
            meta["trajectory"] = old["trajectory"]
    with open(path, "w") as f:
        json.dump(meta, f, indent=2, ensure_ascii=False)
