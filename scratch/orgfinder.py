"""Finder for organisation names by context cues, independent of the pipeline's rules.
Reads documents.csv text of a run (so offsets agree with mentions.csv) and lists capitalised runs in
organisation contexts with the label the run gave them."""
import csv, re, sys, random, json
csv.field_size_limit(10**9)
CAP = r"(?:[A-Z][\w'’.-]*|[A-Z]{2,})"
RUN = rf"{CAP}(?:\s+(?:(?:of|the|for|and|de|del|la|el|du|des)\s+)?{CAP}){{0,5}}"
CUES = {
 "led_by": re.compile(rf"({RUN}),? (?:led|headed|founded) by [A-Z]"),
 "det_X_noun": re.compile(rf"\b(?:the|his|her|their|its|a|an) (?:[a-z-]+ )?({RUN}) (?:coalition|alliance|bloc|front|movement|party|group|faction|union)\b"),
 "X_member_PERSON": re.compile(rf"({RUN}) (?:leader|candidate|activists?|members?|lawmakers?|chairman|chairwoman|spokesman|spokeswoman|deputy|legislator|MPs?|founder|head|president|secretary-general|nominee|supporters?) [A-Z]"),
 "PERSON_of_the_X": re.compile(rf"[A-Z][a-z]+ [A-Z][a-z]+,? of the ({RUN})"),
 "named_X": re.compile(rf"\b(?:group|party|movement|coalition|alliance|organi[sz]ation|company|union|bloc) (?:named|called|known as) ({RUN})"),
 "X_won_seats": re.compile(rf"({RUN}) (?:won|took|secured|gained|has|had|got|lost|holds) (?:\w+ )?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten) (?:of the \d+ )?seats"),
 "the_X_ACR": re.compile(rf"\bthe ({RUN}) \(([A-Z][A-Za-z]{{1,8}})\)"),
}
def spans(mfile):
    by = {}
    for r in csv.DictReader(open(mfile)):
        if r["label"] in ("PERSON", "GPE", "ORG"):
            by.setdefault(r["doc_id"], []).append((int(r["start"]), int(r["end"]), r["label"], r["text"]))
    return by
def label_of(ms, s, e):
    exact = [m for m in ms if m[0] == s and m[1] == e]
    if exact: return exact[0][2]
    over = [f"{m[2]}:{m[3]}" for m in ms if m[0] < e and s < m[1]]
    return "partial[" + "|".join(over) + "]" if over else "none"
out = []
for run in sys.argv[1:]:
    ms = spans(f"{run}/mentions.csv")
    for r in csv.DictReader(open(f"{run}/documents.csv")):
        t = r["text"]
        for cue, rx in CUES.items():
            for m in rx.finditer(t):
                s, e = m.span(1)
                # drop a sentence-initial article
                out.append({"run": run.split("-",1)[1], "doc": r["doc_id"], "cue": cue, "name": t[s:e],
                            "label": label_of(ms.get(r["doc_id"], []), s, e),
                            "ctx": t[max(0, s-70):e+70].replace("\n", " ")})
json.dump(out, open("/work/wt/org11/scratch/hits.json", "w"), indent=0)
from collections import Counter
print(len(out)); print(Counter((o["cue"]) for o in out)); print(Counter(o["label"].split("[")[0] for o in out))
