"""One-off edit (run once, 2026-12-07) on the hand files: real people's numbers are rarely 555,
so about two thirds of the hand-typed US numbers that used the 555 exchange get a random
exchange instead (seeded; the same number gets the same replacement everywhere)."""
import re, random
from pathlib import Path
rnd = random.Random(47555)
mapping = {}
pat = re.compile(r"\[\[([^\]|]*555[^\]|]*)\|T(/[UI])?\]\]")
for p in sorted(Path("hand").glob("*.txt")):
    s = p.read_text(encoding="utf-8")
    def sub(m):
        val = m.group(1)
        if val not in mapping:
            if rnd.random() < 0.34 or "+" in val and not val.startswith("+1"):
                mapping[val] = val
            else:
                ex = str(rnd.randint(2, 9)) + f"{rnd.randint(0, 99):02d}"
                while ex[1:] == "11":
                    ex = str(rnd.randint(2, 9)) + f"{rnd.randint(0, 99):02d}"
                # replace the exchange: the 555 that follows the area code
                new = re.sub(r"(\D?\d{3}\D{0,2})555", lambda mm: mm.group(1) + ex, val, count=1)
                if new == val:
                    new = val.replace("555", ex, 1)
                mapping[val] = new
        return m.group(0).replace(val, mapping[val])
    s2 = pat.sub(sub, s)
    p.write_text(s2, encoding="utf-8")
for a, b in mapping.items():
    print(f"{a!r:35} -> {b!r}")
