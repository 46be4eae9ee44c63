# Proves the whole path (dataset -> train -> export -> eval) in a minute or two.
# Its accuracy means nothing.
exec(open(__file__.replace("quick.py", "default.py")).read())
epochs = 1
mnist_fraction = 0.1
stages = ((8,), (16,), (16,))
hidden = 32
