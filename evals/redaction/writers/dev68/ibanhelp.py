import sys, random
def iban(cc, bban):
    bban = bban.replace(' ','').upper()
    s = bban + cc + '00'
    n = int(''.join(str(int(c,36)) for c in s))
    return f"{cc}{98 - n % 97:02d}{bban}"
def ok(i):
    i=i.replace(' ','').upper(); s=i[4:]+i[:4]
    return int(''.join(str(int(c,36)) for c in s))%97==1
def luhn(num15):
    d=[int(c) for c in num15][::-1]; t=0
    for k,x in enumerate(d):
        if k%2==0: x*=2; x = x-9 if x>9 else x
        t+=x
    return num15+str((10-t%10)%10)
if __name__=='__main__':
    r=random.Random(6868)
    specs=[('DE','{8}{10}'),('GB','BARC{14}'),('GB','LOYD{14}'),('FR','{10}{11}{2}'),('ES','{20}'),('NL','INGB{10}'),('NL','RABO{10}'),('IT','X{10}{12}'),('PL','{24}'),('PT','{21}'),('BE','{12}'),('CH','{5}{12}'),('AT','{16}'),('IE','AIBK{14}'),('MX',None)]
    for cc,sp in specs:
        if not sp: continue
        for _ in range(3):
            b=''
            import re
            for m in re.finditer(r'([A-Z]+)|\{(\d+)\}',sp):
                if m.group(1): b+=m.group(1)
                else: b+=''.join(str(r.randrange(10)) for _ in range(int(m.group(2))))
            x=iban(cc,b); assert ok(x); print(x)
    for p in ['4','4','5','5','37','6011','4','5']:
        L=15 if p=='37' else 16
        n=p+''.join(str(r.randrange(10)) for _ in range(L-1-len(p)))
        print(luhn(n))
