# The shipped model: trains in under 30 minutes on a 2-core CPU (Debian's PyTorch 1.13) and
# stays far below the 2 MB model budget. What was tried on it, and how it measured, is in
# docs/experiments.md.
# The output order. `reject` lets segmentation ask whether a grouping is a symbol at all. The
# decimal point is not a class: the pipeline tells a dot by its size and place in the line.
classes = list("0123456789") + ["+", "-", "×", "÷", "=", "(", ")", "%", "/", "*", ":", "√", "reject"]
epochs = 6  # about 4 minutes an epoch on 2 cores for this network: 6 fit the 30-minute budget
batch_size = 256  # on 2 cores, several times faster per image than 128
lr = 3e-3  # OneCycle peak; AdamW converges in few epochs, which is all the CPU allows
weight_decay = 1e-4  # light: augmentation and dropout do most of the regularising
label_smoothing = 0.05  # softer confidences: the page shows them, and segmentation compares them
mnist_fraction = 1.0  # all of MNIST: real handwriting from many writers, and a test set we report
# Copies of each rendered part per epoch. 1: the render already holds several augmented
# copies of every pendigits sample and thousands of each generated class, so repeating a
# part only shifts the class balance (pendigits twice read no better).
part_repeat = {"pendigits": 1, "operators": 1, "ones": 1, "reject": 1, "glyphs": 1, "glyph-reject": 1}
# Augmentation of finished 28x28 tensors (the TS side already varied strokes and pen width).
mnist_aug_strength = 0.5  # MNIST is real handwriting already: full strength made it fit worse
aug_prob = 0.8  # share of images (at full strength) given the affine warp below
rotate_deg = 8  # small: + rotated 45 degrees is ×
shear = 0.2  # writers slant; stronger warps (with rotation and elastic) cost operators
scale = (0.85, 1.1)  # the symbols arrive normalised, so only a little size jitter
translate_px = 2.0  # normalisation centres the ink; this covers what it leaves off-centre
elastic_prob = 0.4  # local wobble of the shape, as a hand varies from one symbol to the next
elastic_alpha = 1.5  # pixels of displacement
width_prob = 0.3  # dilation or erosion by one pixel: real pens are thinner and thicker than MNIST's
# Convolutions per resolution (28, 14, 7), each stage ending in a 2x2 max-pool. One conv at
# 28x28 is enough to find edges; the width goes where the maps are small and cheap.
stages = ((32,), (64, 64), (96, 96))
hidden = 128  # the fully connected layer before the classes
dropout = 0.3  # on that layer, the largest of the network (864 x 128 weights)
seed = 2  # the seed that shipped, chosen against the other seeds tried on the tuning half of ink-dev
threads = 2  # the 2 cores the training budget assumes
