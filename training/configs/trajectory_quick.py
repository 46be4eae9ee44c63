# Proves the trajectory path (render -> train -> export -> meta) in seconds on a quick render.
# Its accuracy means nothing.
import os as _os  # names starting with _ are not settings

exec(open(_os.path.join(_os.path.dirname(__file__), "trajectory.py")).read())
epochs = 1  # one pass is enough to produce and export a model
