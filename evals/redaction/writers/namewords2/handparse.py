"""Read hand/*.txt into message blocks (style, markup)."""
import glob
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def read_hand(folder=os.path.join(HERE, "hand")):
    blocks = []
    for path in sorted(glob.glob(os.path.join(folder, "*.txt"))):
        cur = None
        for ln, line in enumerate(open(path, encoding="utf-8").read().split("\n"), 1):
            if line.startswith("=== "):
                if cur:
                    blocks.append(cur)
                cur = {"style": line[4:].strip(), "lines": [], "file": os.path.basename(path), "line": ln}
            elif cur is None:
                continue  # header comments
            else:
                cur["lines"].append(line)
        if cur:
            blocks.append(cur)
    out = []
    for b in blocks:
        lines = b["lines"]
        while lines and not lines[-1].strip():
            lines.pop()
        while lines and not lines[0].strip():
            lines.pop(0)
        out.append({"style": b["style"], "markup": "\n".join(lines), "where": f"{b['file']}:{b['line']}"})
    return out
