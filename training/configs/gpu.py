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
# Measured 2026-11-26 (session 7, one H100, 153 s for eighteen runs): a stroke-level
# proportion warp of the pendigits copies (a monotone power curve inside the ink's box,
# |ln gamma| up to 0.5 or 0.8 vertically and half that horizontally: `6`s with small loops,
# `9`s with small heads, as a few ink-dev writers draw them). Six seeds each on one seed-5
# render; even items read right, the four sets summed: 5783-5796 without, 5769-5791 with
# 0.5, 5767-5787 with 0.8 (numbers alone 411-417, 409-415, 407-414). Worse; the code
# (src/dataset/warpProportions.ts) was removed. The shipped v10 reads 5800.
# The same session, the same way: lead-ins and tails on the pendigits copies
# (src/dataset/addLigatures.ts; cursive writers join digits, and segmenting a joined
# number leaves each digit some of the join). Even items, mean of six seeds, digits /
# operators / numbers / expressions (the four summed), as `npm run compare` counts them:
#   none 3728.5 / 1465.0 / 414.5 / 180.5 (5788.5)    0.15 3729.7 / 1461.8 / 421.0 / 181.5 (5794.0)
#   0.3  3730.3 / 1465.0 / 420.8 / 182.5 (5798.7)    0.5  3723.2 / 1464.8 / 422.2 / 182.2 (5792.3)
#   0.7  3720.2 / 1465.2 / 420.2 / 184.0 (5789.5)
# Numbers gain at every setting (411-417 without; 417-425 at 0.3); digits lose from 0.5. 0.3
# looked worth shipping, but `npm run train` with it on the CPU (Debian's PyTorch, 6 epochs,
# data/dataset rendered with --ligatures 0.3) read fewer even items than v10 (5800):
# seed 1 3724 / 1464 / 421 / 187 (5796), seed 2 3726 / 1461 / 421 / 180 (5788), seed 3
# 3726 / 1462 / 414 / 180 (5782). v10 stays; `npm run dataset -- --ligatures 0.3` renders it.
# On the GPU, on top of 0.3: the `<` lead-in of hooked `=` bars also on the bar of generated `+`s (some
# writers' `+` reads `4`): 15 % of them 3726.2 / 1466.2 / 420.0 / 182.7 (5795.0), 30 %
# 3728.8 / 1465.0 / 420.3 / 182.3 (5796.5). No better; not kept.
# Measured 2026-11-26 (session 8, one H100, about 110 s for twelve runs): stroke direction
# as four more input channels (right, left, down and up components of the pen's smoothed
# direction, drawn like the ink and normalised with it; MNIST, which has no strokes, got
# zeros). Idea: a `6` with a tiny loop is drawn down and then curls back, a `2` starts
# with a rightward arc, whatever the shape. Six seeds each, one seed-5 render, even items:
#   one channel (the shipped input)  3726-3731 / 1455-1467 / 410-419 / 178-183 (5773-5790)
#   five channels                    3637-3667 / 1479-1482 / 402-409 / 170-176 (5701-5725)
#   five, strokes reversed 30 %      3653-3667 / 1479-1485 / 399-411 / 172-177 (5705-5730)
#   the same, directions dropped 30 % in training  3675-3700 / 1476-1483 / 405-418 (5741-5772)
# MNIST test rose to 99.53-99.64 % (the model tells MNIST from rendered ink by the empty
# channels), operators gained about 15, but real digits lost 30 to 90: 30 writers'
# stroke orders do not generalise (`7` read as `2`, `1`, `9`, `3`; `1` read as a bracket).
# The mean of a one-channel and a five-channel model read 5792-5813: seed noise. Not kept;
# the input stays one channel, as the issue specifies.
exec(open(__file__.replace("gpu.py", "default.py")).read())
device = "cuda"
epochs = 40
