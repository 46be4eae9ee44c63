"""Writes the tiny ONNX models the runtime tests load (test/fixtures/models/): shapes a
user's model may have, and shapes the app must refuse. Weights are fixed so the files are
reproducible:  /usr/bin/python3 training/fixture_models.py test/fixtures/models
"""
import os
import sys

import torch
import torch.nn as nn

out = sys.argv[1] if len(sys.argv) > 1 else "test/fixtures/models"
os.makedirs(out, exist_ok=True)
torch.manual_seed(0)


class Pixels(nn.Module):
    """Scores class k by the ink in the k-th horizontal band: a readable toy model."""

    def __init__(self, classes, activation):
        super().__init__()
        self.classes, self.activation = classes, activation

    def forward(self, x):
        x = x.reshape(x.shape[0], 28, 28)
        bands = torch.stack([x[:, (28 * k) // self.classes:(28 * (k + 1)) // self.classes, :].sum((1, 2))
                             for k in range(self.classes)], 1)
        return torch.sigmoid(bands / 10 - 2) if self.activation == "sigmoid" else bands / 10 - 2


def export(model, example, name, dynamic):
    torch.onnx.export(model, example, os.path.join(out, name), opset_version=17,
                      input_names=["x"], output_names=["y"],
                      dynamic_axes={"x": {0: "n"}, "y": {0: "n"}} if dynamic else None)


# The old app's contract: [N, 28, 28] in, 10 independent sigmoids out.
export(Pixels(10, "sigmoid"), torch.zeros(2, 28, 28), "sigmoid-n28x28.onnx", True)
# Exported with a fixed batch of 1: must be run one symbol at a time.
export(Pixels(10, "logits"), torch.zeros(1, 1, 28, 28), "logits-batch1.onnx", False)
# Refused: 32x32 input.
export(nn.Sequential(nn.Flatten(), nn.Linear(32 * 32, 10)), torch.zeros(1, 1, 32, 32), "wrong-input.onnx", True)


class Path(nn.Module):
    """A toy trajectory model: scores from the flattened pen path by fixed weights, or all zero."""

    def __init__(self, classes, uniform):
        super().__init__()
        n = 5 * 64
        w = torch.arange(n * classes, dtype=torch.float32).reshape(classes, n).mul(0.7).sin().mul(0.05)
        self.w = nn.Parameter(torch.zeros(classes, n) if uniform else w, requires_grad=False)

    def forward(self, x):
        return x.reshape(x.shape[0], -1) @ self.w.t()


def export_path(classes, name, uniform=False):
    torch.onnx.export(Path(classes, uniform), torch.zeros(2, 5, 64), os.path.join(out, name), opset_version=17,
                      input_names=["sequence"], output_names=["logits"],
                      dynamic_axes={"sequence": {0: "n"}, "logits": {0: "n"}})


# Trajectory models ([N, 5, 64] in, [N, classes] out) for the loaders: 10 and 23 classes whose
# scores follow the ink, 23 with uniform rows (a reading left as the image model has it), and
# 4 classes, which no labels here fit.
export_path(10, "trajectory-10.onnx")
export_path(23, "trajectory-23.onnx")
export_path(23, "trajectory-23-uniform.onnx", uniform=True)
export_path(4, "trajectory-4.onnx")
print("wrote", sorted(os.listdir(out)))
