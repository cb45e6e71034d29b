"""Print hand messages with their name/word uses, for reading through by eye."""
import sys
from handparse import read_hand
from markup import parse, to_record
for b in read_hand():
    if len(sys.argv) > 1 and sys.argv[1] not in b["where"]:
        continue
    p = parse(b["markup"]); idents, keep = to_record(p)
    t = p["text"]
    names = [t[u["span"][0]:u["span"][1]] for u in p["name_uses"]]
    auto = [t[u["span"][0]:u["span"][1]] for u in p["word_uses"] if not u["marked"]]
    marked = [t[u["span"][0]:u["span"][1]] for u in p["word_uses"] if u["marked"]]
    print(f"--- {b['where']} [{b['style']}]\n{t}\n  ID={[(i['text'], i['type'][:5], i['region']) for i in idents]}\n  NAME={names} WORD={marked} AUTO={auto}\n  KEEP={keep}")
