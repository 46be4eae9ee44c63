#!/usr/bin/env bash
# Eight variations of the shipped recipe, two seeds each, side by side on one CUDA GPU
# (session 6, 2026-11-26):  training/sweep.sh MNIST_DIR OUT_DIR DATA_DIR
set -uo pipefail
mnist=$1 out=$2 data=$3
mkdir -p "$out"
go() { local name=$1; shift; mkdir -p "$out/$name"
  python3 training/train.py --config training/configs/distill.py --mnist "$mnist" --data "$data" --out "$out/$name" \
    --onnx "$out/$name/symbols.onnx" --meta "$out/$name/symbols.json" --set "$@" >"$out/$name.log" 2>&1 & }
for s in 201 202; do
  go A$s seed=$s epochs=3
  go B$s seed=$s epochs=10
  go C$s seed=$s mnist_aug_strength=1.0
  go D$s seed=$s "part_repeat={'pendigits': 2, 'operators': 1, 'ones': 1, 'reject': 1}"
  go E$s seed=$s rotate_deg=12 shear=0.3 elastic_prob=0.6 elastic_alpha=2.5
  go F$s seed=$s width_prob=0.6
  go G$s seed=$s mnist_fraction=0.5
  go H$s seed=$s lr=1.5e-3
done
wait
echo "sweep done ($SECONDS s)"
tail -qn 2 "$out"/*.log | grep -v exported
