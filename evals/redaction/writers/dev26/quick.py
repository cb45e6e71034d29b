# quick check of hand modules during writing
import sys, importlib, validate
errs=[]
for m in sys.argv[1:]:
    mod=importlib.import_module(m)
    for i,r in enumerate(mod.ROWS):
        r=dict(r); r["id"]=f"{m}-{i}"
        validate.check_row(r, errs)
print(len(errs)); [print(e) for e in errs]
