import csv, re, sys, json
csv.field_size_limit(10**9)
W = r"[A-Z][\w'’-]*"
RUN = rf"{W}(?:\s+(?:(?:of|for|and|de|del|la|el)\s+)?{W}){{0,4}}"
CUES = {
 "led_by": re.compile(rf"({RUN}), (?:led|headed) by [A-Z]"),
 "det_X_lowerhead": re.compile(rf"\b(?:the|his|her|their|its|a|an)(?: [a-z-]+){{0,2}} ({RUN}) (?:coalition|alliance|bloc|front|movement|party|union|faction)\b"),
 "X_member_PERSON": re.compile(rf"({RUN}) (?:leader|candidate|activists?|members?|lawmakers?|chairman|spokesman|legislators?|MPs?|founder|nominee|supporters?) [A-Z][a-z]"),
 "PERSON_of_the_X": re.compile(rf"[A-Z][a-z]+ [A-Z][a-z]+,? of the ({RUN})"),
 "named_X": re.compile(rf"\b(?:group|party|movement|coalition|alliance|organi[sz]ation|company|union|bloc|firm|faction)(?:,)? (?:named|called|calling itself|known as) (?:the )?({RUN})"),
}
def spans(mfile):
    by = {}
    for r in csv.DictReader(open(mfile)):
        if r["label"] in ("PERSON", "GPE", "ORG", "OFFICE"):
            by.setdefault(r["doc_id"], []).append((int(r["start"]), int(r["end"]), r["label"], r["text"]))
    return by
def label_of(ms, s, e):
    exact = [m for m in ms if m[0] == s and m[1] == e]
    if exact: return exact[0][2]
    over = [f"{m[2]}:{m[3]}" for m in ms if m[0] < e and s < m[1]]
    return "partial[" + "|".join(over) + "]" if over else "none"
cue_sel = sys.argv[1]
for run in sys.argv[2:]:
    ms = spans(f"{run}/mentions.csv")
    for r in csv.DictReader(open(f"{run}/documents.csv")):
        t = r["text"]
        for cue, rx in CUES.items():
            if cue != cue_sel: continue
            for m in rx.finditer(t):
                s, e = m.span(1)
                print(run.split("-",1)[1], r["doc_id"], "|", t[s:e], "|", label_of(ms.get(r["doc_id"], []), s, e), "|", t[max(0,s-50):m.end()+40].replace("\n"," "))
