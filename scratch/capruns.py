import csv, re, random, sys
csv.field_size_limit(10**9)
run = sys.argv[1]; seed = int(sys.argv[2]); k = int(sys.argv[3])
ms = {}
for r in csv.DictReader(open(f"{run}/mentions.csv")):
    ms.setdefault(r["doc_id"], []).append((int(r["start"]), int(r["end"]), r["label"], r["text"]))
rx = re.compile(r"(?<![\w.] )(?<=[a-z,;(] )((?:[A-Z][\w'’-]+|[A-Z]{2,})(?: (?:of|for|and|the|de|la) )?(?: ?(?:[A-Z][\w'’-]+))*)")
hits = []
for r in csv.DictReader(open(f"{run}/documents.csv")):
    t = r["text"]
    for m in rx.finditer(t):
        s, e = m.span(1)
        if e - s < 3: continue
        over = [f"{x[2]}:{x[3]}" for x in ms.get(r["doc_id"], []) if x[0] < e and s < x[1] and x[2] in ("PERSON","GPE","ORG","OFFICE")]
        hits.append((r["doc_id"], t[s:e], "|".join(over) or "none", t[max(0, s-60):e+40].replace("\n", " ")))
random.seed(seed)
print(len(hits))
for h in random.sample(hits, k): print(h[0], "|", h[1], "|", h[2], "|", h[3])
