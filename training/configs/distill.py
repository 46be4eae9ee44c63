# Teachers and students for training/distill.sh on a CUDA GPU: the shipped network and
# schedule (default.py), only the device differs. With --teachers, train.py adds the
# distillation loss below; without, this trains one teacher.
exec(open(__file__.replace("distill.py", "default.py")).read())
device = "cuda"
# T = 2 softens the teachers' near-one-hot outputs enough that a `1` that looks a little like
# a `(` says so; alpha leaves a fifth of the loss on the true labels.
distill_temperature = 2.0
distill_alpha = 0.8
