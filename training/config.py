"""nanoGPT-style configs: a Python file of plain assignments (names starting with _ are not
settings), overridden from the command line with --set KEY=VALUE (Python literals)."""
import ast
import os


def load_config(path, sets=()):
    cfg = {}
    exec(open(path).read(), {"__file__": os.path.abspath(path)}, cfg)
    cfg = {k: v for k, v in cfg.items() if not k.startswith("_")}
    for item in sets:
        key, sep, value = item.partition("=")
        if not sep or key not in cfg:
            raise SystemExit(f"--set {item!r}: expected KEY=VALUE with KEY one of {', '.join(sorted(cfg))}")
        cfg[key] = ast.literal_eval(value)
    return cfg
