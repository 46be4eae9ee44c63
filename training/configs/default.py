# The shipped model. Sized to train in under 30 minutes on a 2-core CPU (Debian's
# PyTorch 1.13) and to stay far below the 2 MB model budget.
#
# Tried on this config and not kept (2026-11-26, `npm run compare`, even ink-dev items;
# seed noise is about 5-9 items a set):
# - Weight averaging of the same run (the raw weights reproduce v6 byte for byte): an EMA
#   of the weights at decay 0.995 / 0.998 (BatchNorm buffers averaged too; 0.999 and above
#   broke them: MNIST 97.7 / 75.6 %) and the mean of the last 2 or 3 epochs. MNIST 99.18 to
#   99.22 % against 99.24 %; ink within noise (-2 to +5 items over all sets).
# - MNIST redrawn in our pen: each digit thinned to its skeleton (Zhang-Suen), traced as
#   ink and drawn by rasterise/normalise with the stroke augmentations. 28,500 such digits
#   added: MNIST 99.47 % (digits only 99.61 %), real digits +1, but operators -43 (`(` read
#   as `6` 19 times). Half of MNIST redrawn instead of added (same size, same class
#   balance): MNIST 99.26 %, operators -35. Likely: thin redrawn 6s with open loops look
#   like a `(` with a curl (not pursued).
# Model v10 (2026-11-26) is this config on data with three more kinds of ink (src/dataset):
# `1`s ending in a long flick up and to the right (one UNIPEN writer's every `1`, read as `4`
# or `6`), multi-stroke digits with their strokes moved apart (an open `4`), and `-` gone over
# twice. On the even ink-dev items, against v6 (seed 1, old data), by strokes / as PNG:
#   seed 1: numbers +7 / +7 (that writer's errors 20 -> 13), digits -1 / -5, operators -5 / -3,
#           expressions -4 / -1; MNIST 99.32 % (v6 99.24 %)
#   seed 2: numbers +13 / +3, digits -2 / -1, operators -3 / 0, expressions +2 / +3; MNIST 99.32 %
#   seed 3: digits +6 / +5, operators -10 / +1, numbers +12 / +6, expressions 0 / 0; MNIST 99.28 %
# Seed 2 ships (chosen on even items only; seed 3 was a wash against it: -2 items by strokes,
# +7 as PNG), so the seed spread on this data is 6-8 items a set by strokes. Without the
# flicked `1`s (v9, seed 1): numbers 0 / +7, that writer's errors 22.
# Model v11 (2026-11-26, session 10) is v10's recipe on a render with slashed zeros and
# crossed sevens (npm run dataset's --crossed 0.25, src/dataset/crossDigit.ts): pendigits'
# writers use neither, MNIST has few, and three real slashed zeros of the even digits were
# read as `9` or `?`. Even items, digits / operators / numbers / expressions (summed), and
# the even 0s and 7s with crossDigit's marks (npm run eval's marked row, even half):
#   v10, no marks      3728 / 1469 / 420 / 183 (5800)   marked 532 of 746   MNIST 99.32 / 99.54 %
#   seed 1, slashes at most 1.4x the loop
#                      3731 / 1467 / 417 / 183 (5798)   marked 719          MNIST 99.28 / 99.50 %
#   seed 2             3736 / 1466 / 420 / 182 (5804)   marked 730          MNIST 99.26 / 99.49 %
#   seed 3             3736 / 1462 / 419 / 180 (5797)   marked 728          MNIST 99.27 / 99.46 %
# (MNIST: all classes / digits only.) Seed 2 ships, chosen on the even items: it reads the
# marked 0s and 7s and all three real slashed zeros of the even digits (v10: none), the rest
# within the seed noise. MNIST lost a few images, inside the spread of eight seeds of v10's
# recipe (99.20-99.41 % over all classes).
classes = list("0123456789") + ["+", "-", "×", "÷", "=", "(", ")", "reject"]
epochs = 6  # the wider network below costs ~240 s an epoch on 2 cores: 6 epochs took 24-25.5 min
batch_size = 256  # on 2 cores, 256 ran 4x faster per image than 128 (measured)
lr = 3e-3  # OneCycle peak; AdamW converges in few epochs, which is all the CPU allows.
weight_decay = 1e-4
label_smoothing = 0.05  # softer confidences: the page shows them, and segmentation compares them
# MNIST is 60k tidy digits; the rendered real-pen parts are what matches users' ink, so they
# are sampled more often than their size alone would give.
mnist_fraction = 1.0
part_repeat = {"pendigits": 1, "operators": 1, "ones": 1, "reject": 1}
# Augmentation of finished 28x28 tensors (the TS side already varied strokes and pen width).
# MNIST gets half the strength: it is real handwriting already, and at full strength the
# model fitted it worse (99.07 % on its test set) than a plain CNN with mild augmentation.
mnist_aug_strength = 0.5
aug_prob = 0.8
rotate_deg = 8  # small: + rotated 45 degrees is ×
shear = 0.2
scale = (0.85, 1.1)
translate_px = 2.0
elastic_prob = 0.4
elastic_alpha = 1.5  # pixels of displacement
width_prob = 0.3  # dilation or erosion by one pixel
# Convolutions per resolution (28, 14, 7), each stage ending in a 2x2 max-pool. One conv at
# 28x28 is enough to find edges; the width goes where the maps are small and cheap. The
# first model, ((16, 16), (32, 32), (64,)), 111k parameters, stalled at 99.1 % on MNIST.
stages = ((32,), (64, 64), (96, 96))
hidden = 128
dropout = 0.3
seed = 2
threads = 2
