# Proves the whole path (dataset -> train -> export -> eval) in a minute or two.
# Its accuracy means nothing.
exec(open(__file__.replace("quick.py", "default.py")).read())
epochs = 1  # one pass is enough to produce and export a model
mnist_fraction = 0.1  # a tenth of MNIST keeps the pass short
stages = ((8,), (16,), (16,))  # tiny, but the same three stages: the path is what is tested
hidden = 32  # likewise tiny
