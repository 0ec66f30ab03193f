"""Finder for vote figures that does not use the pipeline's rules: numbers near vote words.

usage: finder.py RUNDIR [RUNDIR ...]  (reads RUNDIR/documents.csv text and RUNDIR/mentions.csv, prints TSV hits)
Each hit: a number (digits, grouped digits, number words, "1.2 million") with a vote/ballot/percent/seat/turnout/
margin/majority/points word within 50 characters, or a score "57-43"; and the run's figure mention covering it.
"""
import csv, re, sys
csv.field_size_limit(10**9)
W = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen)"
NUM = re.compile(r"(?<![\w.,])(?:\d{1,3}(?:(?:,| |\u00a0|\.)\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|" + W + r"(?:[- ]" + W + r")*)"
                 r"(?:\s?(?:million|billion|thousand|m|mn|mln|k|bn)\b)?(?:\s?(?:-|–|to)\s?\d+(?:\.\d+)?)?", re.I)
KEY = re.compile(r"\b(?:votes?|voted|voters?|ballots?|percent|per cent|pc|pct|percentage|seats?|turnout|margin|majority|points?|polled|electoral)\b|%", re.I)
YEAR = re.compile(r"^(1[89]|20)\d\d$")
def main():
    for run in sys.argv[1:]:
        docs = {r["doc_id"]: r["text"] for r in csv.DictReader(open(f"{run}/documents.csv"))}
        figs = {}
        for m in csv.DictReader(open(f"{run}/mentions.csv")):
            if m["label"] in ("VOTES", "PERCENT"):
                figs.setdefault(m["doc_id"], []).append(m)
        for did, text in docs.items():
            for mt in NUM.finditer(text or ""):
                s, e = mt.span()
                tok = mt.group(0)
                if YEAR.match(tok):
                    continue
                win = text[max(0, s - 50):e + 50]
                score = re.search(r"\d\s?(?:-|–)\s?\d", tok)
                if not (KEY.search(win) or score):
                    continue
                cov = [m for m in figs.get(did, []) if int(m["start"]) < e and int(m["end"]) > s]
                ctx = text[max(0, s - 120):s] + "[[" + tok + "]]" + text[e:e + 100]
                desc = ";".join(f'{m["text"]}={m["value"]}/{m["unit"]}/{m["rule"]}' for m in cov)
                print("\t".join([run.split("/")[-1], did, str(s), tok, desc or "-", ctx.replace("\n", " ").replace("\t", " ")]))
main()
