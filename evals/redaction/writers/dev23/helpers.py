"""Deterministic helpers for hand-written account numbers (no randomness)."""

def iban_of(cc, bban, spaced=True, lower=False):
    s = bban + cc + "00"
    chk = 98 - int("".join(str(int(ch, 36)) for ch in s)) % 97
    ib = f"{cc}{chk:02d}{bban}"
    if spaced:
        ib = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    return ib.lower() if lower else ib

def luhn_complete(partial, sep=None):
    """partial: digits without the check digit; returns valid card number."""
    for c in "0123456789":
        num = partial + c
        t = 0
        for i, d in enumerate(int(x) for x in reversed(num)):
            if i % 2:
                d *= 2
                d -= 9 if d > 9 else 0
            t += d
        if t % 10 == 0:
            break
    if sep is not None and len(num) == 16:
        return sep.join(num[i:i + 4] for i in range(0, 16, 4))
    return num
