import sys, pipeline
nlp = pipeline.load()
for line in sys.stdin:
    line = line.strip()
    if not line: continue
    doc = nlp(line)
    print(">>", line[:150])
    print("   ", [(s.label_, s.text, s._.rule) for s in doc.spans["mentions"] if True])
