"""probe.py "sentence" ...: figures and facts the worktree's pipeline gives each sentence."""
import sys
import pipeline
nlp = pipeline.load()
ent = lambda s: s._.entity if s is not None else None
for text in sys.argv[1:]:
    doc = nlp.make_doc(text)
    doc._.published = "2023-09-09"
    for name, proc in nlp.pipeline:
        doc = proc(doc)
    print("##", text)
    for s in doc.spans["mentions"]:
        if s.label_ in ("VOTES", "PERCENT"):
            print("   FIG", repr(s.text), s._.value, s._.unit, s._.rule)
    for f in doc._.facts:
        if f.predicate in ("holds_office", "election", "candidate"): continue
        print("   FACT", f.predicate, ent(f.subject), "|", ent(f.object), "|", f.value, f.unit, f.rule)
