import random
# country: total length, bban pattern (n=digit, a=upper letter, c=alnum)
IBAN_FMT = {
    'DE': (22, '8n10n'), 'GB': (22, '4a6n8n'), 'FR': (27, '5n5n11c2n'), 'ES': (24, '4n4n1n1n10n'),
    'NL': (18, '4a10n'), 'IT': (27, '1a5n5n12c'), 'PL': (28, '8n16n'), 'PT': (25, '4n4n11n2n'),
    'BE': (16, '3n7n2n'), 'CH': (21, '5n12c'), 'AT': (20, '5n11n'), 'IE': (22, '4a6n8n'),
    'SE': (24, '3n16n1n'), 'TR': (26, '5n1n16c'), 'SA': (24, '2n18c'), 'BR': (29, '8n5n10n1a1c'),
}
def _expand(pat, rng):
    out = ''; num = ''
    for ch in pat:
        if ch.isdigit(): num += ch; continue
        n = int(num); num = ''
        pool = {'n': '0123456789', 'a': 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'c': '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'}[ch]
        out += ''.join(rng.choice(pool) for _ in range(n))
    return out
def _num(s):
    return int(''.join(str(int(c, 36)) for c in s))
def make_iban(cc, rng=random):
    bban = _expand(IBAN_FMT[cc][1], rng)
    chk = 98 - _num(bban + cc + '00') % 97
    return f'{cc}{chk:02d}{bban}'
def iban_ok(s):
    s = s.replace(' ', '').upper()
    return _num(s[4:] + s[:4]) % 97 == 1
def spaced(iban):
    return ' '.join(iban[i:i+4] for i in range(0, len(iban), 4))
def luhn_digit(p):
    t = 0
    for i, c in enumerate(reversed(p)):
        x = int(c)
        if i % 2 == 0:
            x *= 2
            if x > 9: x -= 9
        t += x
    return str((10 - t % 10) % 10)
def make_card(rng=random, valid=True):
    pre = rng.choice(['4', '51', '52', '53', '54', '55', '34', '37', '6011'])
    L = 15 if pre in ('34', '37') else 16
    body = pre + ''.join(rng.choice('0123456789') for _ in range(L - len(pre) - 1))
    d = luhn_digit(body)
    if not valid: d = str((int(d) + 3) % 10)
    return body + d
def luhn_ok(n):
    n = n.replace(' ', '').replace('-', '')
    return luhn_digit(n[:-1]) == n[-1]
