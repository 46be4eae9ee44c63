# The trajectory model (training/train_trajectory.py): reads a symbol's ink as inkSequence's
# 64 pen points of 5 features (src/pipeline/ink/inkSequence.ts) where the image model reads
# pixels; the pipeline multiplies its probabilities into the image model's.
import os as _os  # names starting with _ are not settings

# The image model's output order, read from its own config: the two models' probabilities are
# multiplied class by class, so the orders must agree (the trainer checks --meta's labels too).
_image = {}
exec(open(_os.path.join(_os.path.dirname(__file__), "default.py")).read(), {}, _image)
classes = _image["classes"]
epochs = 6  # as the image model; the hold-out accuracy moves little after the first (a minute each)
batch_size = 256  # as the image model: several times faster per item on 2 cores than small batches
lr = 2e-3  # AdamW's peak, decayed to 0 along a cosine over every step (no warm-up needed)
weight_decay = 1e-4  # light, as the image model
label_smoothing = 0.05  # as the image model: softer confidences for a product of two models
holdout = 3000  # items held out of the shuffled whole render (all parts together) to report accuracy
# Augmentation: one random rotation, shear and scale of every item's points and steps (the
# stroke-level variety is already in the render; the lift channel is left as it is).
rotate_deg = 10  # up to this many degrees either way
shear = 0.15  # up to this much horizontal shear either way, as writers slant
scale = 0.1  # up to 10 % larger or smaller (the sequence is already scaled to the ink's box)
# 1-D convolutions along the path, (channels, kernel) each with batch norm and ReLU, a 2x
# max-pool between stages (64 -> 32 -> 16 points), then the mean and the max over the points.
stages = (((64, 5), (96, 5)), ((128, 3),), ((192, 3),))
dropout = 0.2  # before the one linear layer from the pooled features to the classes
seed = 2  # the image model's shipped seed
threads = 2  # the 2 cores the training budget assumes
