"""How two spellings of a name relate: the same folded name, an abbreviation, or a shorter spelling.

``learn`` makes an alias only of another spelling of the same entity (a correction that names a
different one is fixed in its document: an alias must never move every mention of one entity to
another), and a missed mention is linked to the entity of its document it spells."""
from __future__ import annotations

from pathlib import Path

from ...nlp.kb import fold


#: Words an abbreviation skips ("United Republic *of* Velmaria" -> "URV").
ABBREVIATION_SKIP = frozenset({"of", "the", "and", "for", "de", "la", "del", "du", "y", "et"})
#: Labels whose names may be shortened to some of their words and still name the same entity.
SUBSET_LABELS = ("PERSON", "GPE", "ORG")


def _shortens(short: list[str], long: list[str], label: str, suffixes: frozenset[str]) -> bool:
    """``short``'s words are some of ``long``'s in order (a single letter may stand for a word), one at
    least in full and not a function word; a person's keep the surname (a name suffix of ``suffixes``,
    folded, is no surname: "Ana Ruiz Jr.")."""
    core = [w for w in long if w not in suffixes] or long
    i, full = 0, []
    for w in short:
        while i < len(long) and not (long[i] == w or (len(w) == 1 and long[i][0] == w)):
            i += 1
        if i == len(long):
            return False
        if long[i] == w and len(w) > 1:
            full.append(w)
        i += 1
    if not [w for w in full if w not in ABBREVIATION_SKIP]:
        return False
    return label != "PERSON" or core[-1] in full


def name_suffixes(models_dir: Path, resources=None) -> frozenset[str]:
    """The name suffixes of ``models/lexicons/name_suffixes.tsv``, folded as names are compared here
    (``resources``: those already loaded from ``models_dir``)."""
    from ...nlp.resources import load_resources

    return frozenset(fold(s) for s in (resources or load_resources(models_dir)).name_suffixes) - {""}


def spelling_relation(a: str, b: str, label: str, suffixes: frozenset[str] = frozenset()) -> str:
    """How ``a`` and ``b`` spell the same name ("" when they do not): the same folded name (case,
    accents, punctuation), an abbreviation of the other's initials ("URV", "U.R.V."), or - for people,
    places and organisations - some of the other's words in order, initials allowed ("J. Smith",
    "Smith", "Velmaria"); a person's shorter spelling must keep the surname. "President of Velmaria" and
    "Governor of Ostrava" are two offices, never two spellings."""
    fa, fb = fold(a), fold(b)
    if not fa or not fb:
        return ""
    if fa == fb:
        return "the same name"
    for short, long in ((fa, fb), (fb, fa)):
        letters, words = short.replace(" ", ""), long.split()
        compact = len(short.split()) == 1 or all(len(w) == 1 for w in short.split())
        if compact and len(letters) >= 2 and letters in (
                "".join(w[0] for w in words if w not in ABBREVIATION_SKIP), "".join(w[0] for w in words)):
            return "an abbreviation"
    if label not in SUBSET_LABELS:
        return ""
    ta, tb = fa.split(), fb.split()
    pairs = [(ta, tb)] if len(ta) < len(tb) else [(tb, ta)] if len(tb) < len(ta) else [(ta, tb), (tb, ta)]
    if not any(_shortens(short, long, label, suffixes) for short, long in pairs):
        return ""
    return "a shorter spelling (some of its words, or initials)"
