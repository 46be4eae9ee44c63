# The default model trained 40 epochs instead of 6, on a CUDA GPU (the CPU allows 6 in the
# 30-minute budget): `npm run train -- --config training/configs/gpu.py --python python3`
# where that python3's PyTorch sees CUDA. To ship such a model, export its checkpoint with
# training/export.py and Debian's PyTorch, the exporter every shipped model went through.
#
# Measured 2026-11-26 (H200, 230 s for 40 epochs with five runs sharing the GPU): MNIST
# test 99.52 % (seed 1) and 99.53 % (seed 2) against 99.24 % for the shipped 6-epoch model,
# but real ink got WORSE on the even items of ink-dev: digits 97.37 / 97.69 % against
# 97.92 %, operators 94.97 / 93.99 % against 95.23 %. Longer training fits MNIST and the
# rendered parts better and real people's `1`s and parens worse (more `1` -> `(`). 80
# epochs, a wider last stage, or twice the rendered data did the same. Not shipped; kept
# because it is how to reproduce that finding.
#
# Measured 2026-11-26 (session 6, one H100), 6 epochs unless said, the shipped network and
# recipe on a GPU, eight or sixteen runs side by side (about 60 s for eight, 130 s for
# sixteen). Even ink-dev items by strokes (the pipeline before its far joins), digits /
# operators / numbers / expressions read right, against the shipped v10 (CPU, seed 2):
# 3722 / 1466 / 419 / 182 of 3803 / 1532 / 471 / 200.
# - Eight seeds (training/distill.sh; four on the seed-1 render of data/dataset, four on a
#   seed-2 render): 3712-3729 / 1454-1465 / 408-418 / 179-183; MNIST 99.20-99.41 %. That is
#   the seed spread; v10 sits inside it.
# - The mean of those eight models' probabilities: 3729 / 1465 / 416 / 183, MNIST 99.47 %.
#   An ensemble reads real ink no better than one model, so the errors are not variance:
#   they are styles the training data lacks. Six students distilled from it (Hinton et al.;
#   T 2 or 4, 6 or 12 epochs, both renders, one 1.86 MB wider network) landed in the same
#   range.
# - A sweep (training/sweep.sh): eight variations, two seeds each, all inside that range on
#   every set: 3 or 10 epochs, MNIST at full augmentation, pendigits sampled twice, pen
#   width changed twice as often, half of MNIST, lr 1.5e-3. Only stronger affine and elastic augmentation
#   (rotate 12, shear 0.3, elastic 0.6 / 2.5) did worse: operators 1440 and 1446.
# None of it shipped. The distillation (train.py --teachers), training/distill.sh,
# training/sweep.sh and their config are in commit bba993f, removed after it.
exec(open(__file__.replace("gpu.py", "default.py")).read())
device = "cuda"
epochs = 40
