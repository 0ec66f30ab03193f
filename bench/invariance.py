"""Invariance tests for the facts (CheckList's INV, Ribeiro et al. 2020): changes that keep the facts must keep them.

    python bench/invariance.py --gold tests/gold/dev_tune.jsonl --input dev_tune.input.jsonl --out DIR [--run RUN]
    newsfacts run DIR/all.input.jsonl --out RUN2          # or DIR/<kind>.input.jsonl one at a time
    python bench/invariance.py --score DIR --run RUN2     # per kind: items, facts and entities F1, broken rows

The first form takes the gold items whose required facts a run of the unchanged input (``--run``, else a run made
here into a temporary folder) gets all right with no spurious fact, and writes for each kind of perturbation
``DIR/<kind>.input.jsonl`` and ``DIR/<kind>.gold.jsonl``: the perturbed texts, and their gold transferred exactly
(entities, facts, figures, dates, and the aliases of a renamed person). ``identity`` is the control: the same items
unchanged under the new ids (``<id>~<kind>``: no document-scoped learned correction follows an item). Each perturbed
gold record keeps ``perturbation`` (its kind, source id and edits) for judging a broken row. A perturbation that
cannot be applied cleanly to an item is skipped there and counted (``DIR/skipped.json``).

Kinds (each keeps the facts a reader takes from the text):

- ``name_swap``, ``name_swap_diacritics``: every PERSON of the item (each spelling the gold's aliases give it and its
  surname alone) becomes an invented name of the same shape, from seeded lists of many origins that no KB record and
  no input text holds (checked when the names are drawn); the diacritics variant uses names such as "Łukasz
  Wiśniewski", their diacritic-free form an accepted alias.
- ``apposition_role``, ``apposition_age``: ", a former teacher," / ", 61," after each person's first full mention.
- ``adverb``: "narrowly", "comfortably" or "officially" before the first result verb ("X narrowly wins", "is
  officially elected").
- ``citation``: an outlet citation "(AP)" after the first sentence; ``leadin``: "According to official results, "
  before the text (its first word lower-cased only if it is a function word of ``LOWER_FIRST``).
- ``figure_percent``: "52%" -> "52 percent" -> "52 per cent" -> "52%"; ``figure_thousands``: "1,234 votes" <->
  "1234 votes".
- ``tense``: the headline's result verb between present and past ("wins" <-> "won"), only in items whose dates all
  name their year and whose text has no weekday or relative day (the tense then decides no date).

Construction alternations (the same facts in another construction of the genre; each applied once per item, to the
first place it fits cleanly, else skipped with its reason):

- ``voice``: active <-> passive of a result whose subject opens its sentence (after a fronted adverbial at most):
  "X defeats Y in ..." <-> "Y is defeated by X in ..."; "Voters in V elect X as ..." -> "X is elected as ... by voters
  in V"; "X is elected P by the Assembly" -> "The Assembly elects X P"; "X is elected P" -> "Voters elect X P".
- ``participle``: "X wins the runoff, defeating Y" <-> "X wins the runoff and defeats Y", in the main verb's tense;
  not past another comma ("..., according to Z, beating Y": the participle may be Z's).
- ``split_join``: "X wins. Y concedes." -> "X wins, and Y concedes." (a pronoun or function word lower-cased), else
  "..., and <clause>" split in two.
- ``fronted``: "In the runoff, X wins." -> "X wins in the runoff.", else a final "in the ... election" moved to the
  front; never a date alone ("a runoff on May 18" is the runoff's) nor across a said, relative or infinitive clause.
- ``headline``: "wins the presidency" -> "wins presidency", "is elected" -> "elected", "has won" -> "wins";
  ``perfect``: "X wins presidency" -> "X has won the presidency", "is elected" -> "has been elected" (gated as
  ``tense``).
- ``relative``: ", who is backed by the ruling party," (or another clause of no office, party name or result) after
  the first person named in full as a sentence's subject.

No network; the same gold, input, run and ``--seed`` give the same files.
"""
from __future__ import annotations

import argparse
import copy
import json
import random
import re
import sys
import tempfile
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.tools.evaluate import Names, evaluate, gold_doc_id, load_gold_file, norm  # noqa: E402

#: Invented first names (gender m/f) and surnames of many origins; none is a KB name or occurs in the inputs
#: checked (``check_names`` refuses a list that does: the invented people must be unknown to the pipeline).
FIRST_NAMES: tuple[tuple[str, str], ...] = (
    ("Tomasz", "m"), ("Adaeze", "f"), ("Kwabena", "m"), ("Ingrid", "f"), ("Rafael", "m"), ("Oluwaseun", "m"),
    ("Anneliese", "f"), ("Farida", "f"), ("Haruto", "m"), ("Siobhan", "f"), ("Mateus", "m"), ("Zofia", "f"),
    ("Arjun", "m"), ("Yesenia", "f"), ("Bartosz", "m"), ("Thandiwe", "f"), ("Marisol", "f"), ("Henrik", "m"),
    ("Aigerim", "f"), ("Priya", "f"), ("Tariq", "m"), ("Elif", "f"), ("Santiago", "m"), ("Ayesha", "f"),
    ("Joaquim", "m"), ("Mirela", "f"), ("Keziah", "f"), ("Emeka", "m"), ("Dragan", "m"), ("Lucia", "f"),
)
SURNAMES: tuple[str, ...] = (
    "Wisniewski", "Nakashima", "Abernathy", "Haddadi", "Castellanos", "Brannigan", "Vukovic", "Takemura",
    "Radulescu", "Tavernier", "Quisbert", "Haverkamp", "Fairweather", "Nwachukwu", "Oyarzun", "Rautio", "Ekwueme",
    "Castelnuovo", "Thorsrud", "Mbatha", "Quintanilla", "Hakimi", "Petrossian", "Ndlovu", "Lachance", "Ruokonen",
    "Szymanski", "Tkachenko", "Ochieng", "Iwasaki",
)
#: Invented names with diacritics: (first names, surname); their ASCII folds are accepted aliases, as in the gold.
DIACRITIC_NAMES: tuple[tuple[str, str], ...] = (
    ("Łukasz", "Wiśniewski"), ("Lucía", "Castellanos"), ("Çağla", "Yıldırımoğlu"), ("José", "Quintanilla"),
    ("Björn", "Haverkamp"), ("Dragoș", "Rădulescu"), ("Zoë", "Tavernier"), ("Ólafur", "Thorsrud"),
    ("Ngozi", "Nwachukwu"), ("Željko", "Vuković"), ("Inés", "Oyarzún"), ("Jürgen", "Achtermöller"),
    ("Ağa", "Demirkıran"), ("Sørina", "Ruokonen"), ("François", "Lachance"), ("Miloš", "Vranješević"),
)
#: A middle name for three-word names (not an initial).
MIDDLE_NAMES: tuple[str, ...] = ("Adebayo", "Marie", "Kwame", "Elena", "Tadeusz", "Amara")
ROLE_APPOSITION = ", a former teacher,"
ADVERBS: tuple[str, ...] = ("narrowly", "comfortably", "officially")
CITATION = "(AP)"
LEADIN = "According to official results, "
#: First words a lead-in may lower-case: function and common words, never a name's.
LOWER_FIRST = frozenset("""The A An In On At After Before With For During Following Voters Polls Results Official
Preliminary Incumbent Former Opposition Election Elections Residents Citizens People Officials Supporters Two Three
Four Five Several Many Most Some Both His Her Their Its This That These Early Final Partial Exit Turnout
Parliamentary Presidential Local Municipal General Legislative Regional Snap Runoff Lawmakers Members Delegates
Senators Legislators Nearly Almost More Over Under Thousands Millions Hundreds""".split())
RESULT_VERBS = r"wins|won|defeats|defeated|beats|beat|secures|secured|clinches|clinched|retains|retained"
ELECTED = r"elected|re-elected|reelected"
AUX = r"is|was|has been|have been|has|have|had|are|were"
#: Tense pairs: present -> past (the reverse read off the same table).
TENSES: dict[str, str] = {
    "wins": "won", "defeats": "defeated", "beats": "beat", "concedes": "conceded", "endorses": "endorsed",
    "secures": "secured", "retains": "retained", "claims": "claimed", "leads": "led", "announces": "announced",
    "declares": "declared", "is elected": "was elected", "is re-elected": "was re-elected",
    "is reelected": "was reelected", "are elected": "were elected",
}
#: Words that tie a date to the tense ("Sunday", "yesterday"): an item holding one gets no tense swap.
RELATIVE_DAYS = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|tomorrow|yesterday|"
                           r"tonight|next|last|this (?:week|month|year)|ago|later|earlier)\b", re.I)
KINDS: tuple[str, ...] = ("identity", "name_swap", "name_swap_diacritics", "apposition_role", "apposition_age",
                          "adverb", "citation", "leadin", "figure_percent", "figure_thousands", "tense",
                          "voice", "participle", "split_join", "fronted", "headline", "perfect", "relative")


class Skip(Exception):
    """A perturbation that cannot be applied cleanly to an item; the message says why."""


@dataclass
class Item:
    """One gold record, its input record and the file-wide aliases; ``persons`` the PERSON canonical names."""
    gold: dict
    input: dict
    aliases: dict[str, list[str]]
    persons: list[str]
    new_aliases: dict[str, list[str]] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.input["text"]


def fold(s: str) -> str:
    """``s`` without its diacritics ("Łukasz" -> "Lukasz")."""
    s = s.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("ı", "i")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def word_re(phrase: str) -> re.Pattern:
    """``phrase`` as a whole word or phrase (case-sensitive; a hyphen before it is a boundary: "anti-Clinton")."""
    return re.compile(r"(?<![\w])" + re.escape(phrase) + r"(?![\w])")


def check_names(texts: Iterable[str], kb_names: set[str]) -> None:
    """Refuse invented names that a KB record or an input text holds (their tokens, for surnames)."""
    words = set()
    for t in texts:
        words.update(re.findall(r"\w+", t))
    surnames = set(SURNAMES) | {s for _, s in DIACRITIC_NAMES} | {fold(s) for _, s in DIACRITIC_NAMES}
    kb_words = {w for n in kb_names for w in re.findall(r"\w+", n)}
    clash = sorted(s for s in surnames if any(p in words or p in kb_words for p in re.findall(r"\w+", s)))
    if clash:
        raise SystemExit(f"invented surnames found in the inputs or the KB: {', '.join(clash)}")


def kb_names(models: Path) -> set[str]:
    """Every name and alias of the KB's records."""
    names = set()
    for path in sorted((models / "kb").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                names.add(rec.get("name", ""))
                names.update(rec.get("aliases", []))
    return names


# --- the perturbations: each (item, rng) -> (text, gold changes) or Skip ------------------------------------------

def full_spellings(item: Item, person: str) -> list[str]:
    """The person's spellings of two or more words that occur in the text, the longest first."""
    spellings = [person, *item.aliases.get(person, [])]
    return sorted({s for s in spellings if len(s.split()) > 1 and word_re(s).search(item.text)}, key=len, reverse=True)


def invented_name(shape: list[str], rng: random.Random, used: set[str], diacritics: bool) -> list[str]:
    """An invented name of ``shape``'s number of words (an initial kept an initial), first and surname unused."""
    for _ in range(200):
        if diacritics:
            first, surname = rng.choice(DIACRITIC_NAMES)
        else:
            first, surname = rng.choice(FIRST_NAMES)[0], rng.choice(SURNAMES)
        if surname in used or first in used:
            continue
        if len(shape) == 2:
            name = [first, surname]
        else:
            middle = shape[1]
            name = [first, f"{rng.choice('BCDFGHJKLMNPRST')}." if re.fullmatch(r"[A-Z]\.", middle)
                    else rng.choice(MIDDLE_NAMES), surname]
        used.update({first, surname})
        return name
    raise Skip("ran out of invented names")


def name_swap(item: Item, rng: random.Random, diacritics: bool = False) -> tuple[str, dict[str, str]]:
    """Every PERSON renamed: each spelling (a gold alias or the surname alone) mapped word by word."""
    if not item.persons:
        raise Skip("no PERSON")
    text = item.text
    others = [n for label in ("ORG", "GPE", "OFFICE") for n in item.gold.get("entities", {}).get(label, [])]
    other_words = {w for n in others for s in [n, *item.aliases.get(n, [])] for w in re.findall(r"\w+", s)}
    used: set[str] = set()
    mapping: dict[str, str] = {}  # a spelling in the text -> its new spelling
    renamed: dict[str, str] = {}  # canonical -> new canonical
    person_words = Counter(fold(w) for p in item.persons for w in set(p.split()))
    for person in item.persons:
        words = person.split()
        if len(words) not in (2, 3) or len(set(words)) < len(words) or any(not w[:1].isupper() for w in words):
            raise Skip(f"name shape: {person}")
        if not full_spellings(item, person):
            raise Skip(f"never named in full: {person}")
        if any(person_words[fold(w)] > 1 for w in words):
            raise Skip(f"a word shared by two people: {person}")
        if any(w in other_words for w in words if len(w) > 2):
            raise Skip(f"a word of another entity's name: {person}")
        new = invented_name(words, rng, used, diacritics)
        by_word = {fold(w).lower(): n for w, n in zip(words, new)}
        renamed[person] = " ".join(new)
        for spelling in [person, *item.aliases.get(person, []), words[-1]]:
            if not word_re(spelling).search(text):
                continue
            parts = spelling.split()
            if any(fold(p).lower() not in by_word for p in parts):
                raise Skip(f"a spelling with other words: {spelling}")
            mapping[spelling] = " ".join(by_word[fold(p).lower()] for p in parts)
    pattern = re.compile("|".join(word_re(s).pattern for s in sorted(mapping, key=len, reverse=True)))
    new_text = pattern.sub(lambda m: mapping[m.group(0)], text)
    for person in item.persons:
        for w in person.split():
            if len(w) > 2 and not re.fullmatch(r"[A-Z]\.", w) and word_re(w).search(new_text):
                raise Skip(f"a word of the old name is left: {w}")
    for person, new in renamed.items():
        by_word = {fold(w).lower(): n for w, n in zip(person.split(), new.split())}
        spellings = {" ".join(by_word[fold(p).lower()] for p in s.split()) for s in item.aliases.get(person, [])
                     if all(fold(p).lower() in by_word for p in s.split())}
        if fold(new) != new:
            spellings.add(fold(new))
        item.new_aliases[new] = sorted(spellings - {new})
    return new_text, renamed


def apposition(item: Item, rng: random.Random, phrase: str | None) -> tuple[str, dict[str, str]]:
    """``phrase`` (else ", <age>,") after each person's first full mention, where no possessive or bracket follows."""
    text = item.text
    spots = []
    for person in item.persons:
        firsts = [m for s in full_spellings(item, person) for m in word_re(s).finditer(text)]
        if not firsts:
            continue
        m = min(firsts, key=lambda m: m.start())
        after = text[m.end():m.end() + 6]
        if after[:1] in ("'", "’", ")", "(", "-", ":") or after.startswith(" ("):
            continue
        if phrase and (after[:1] == "," or re.match(r" (?:of|from) ", after)):
            continue  # "X, a former teacher, of the Unity Party": a role goes after the name's own attachment
        spots.append(m.end())
    if not spots:
        raise Skip("no person named in full before a plain follower")
    for end in sorted(set(spots), reverse=True):
        insert = phrase or f", {rng.randint(38, 79)},"
        if text[end:end + 1] in (",", ".", ";", "") or text[end:end + 1] == "\n":
            insert = insert.rstrip(",")
        text = text[:end] + insert + text[end:]
    return text, {}


def adverb(item: Item, rng: random.Random) -> tuple[str, dict[str, str]]:
    """An adverb before the first result verb after a name or an auxiliary."""
    text = item.text
    word = rng.choice(ADVERBS)
    pats = [re.compile(rf"\b(?:{AUX})\s+(?=(?:{ELECTED}|{RESULT_VERBS})\b)"),
            re.compile(rf"\b[A-Z][\w.'’-]* (?=(?:{RESULT_VERBS})\b)"),
            re.compile(rf"\b[A-Z][\w.'’-]* (?=(?:{ELECTED})\s+(?:as|to|the|president|prime|mayor|governor|"
                       r"[A-Z])\b)")]
    hits = [m for p in pats for m in p.finditer(text)]
    if not hits:
        raise Skip("no result verb after a name or an auxiliary")
    m = min(hits, key=lambda m: m.end())
    return text[:m.end()] + word + " " + text[m.end():], {}


def citation(item: Item, rng: random.Random) -> tuple[str, dict[str, str]]:
    """``(AP)`` after the first sentence (a full stop after a lower-case word, a capital next), else before the last
    citation, else at the end."""
    text = item.text
    m = re.search(r"(?<=[a-z0-9]{3})\.(?= +[A-Z])", text)
    if m:
        return text[:m.end()] + " " + CITATION + text[m.end():], {}
    last = re.search(r" \([A-Z][^()]{1,40}\)\s*$", text)
    if last:
        return text[:last.start()] + " " + CITATION + text[last.start():], {}
    return text.rstrip() + " " + CITATION, {}


def leadin(item: Item, rng: random.Random) -> tuple[str, dict[str, str]]:
    """"According to official results, " before the text; its first word lower-cased only if it is in LOWER_FIRST."""
    text = item.text
    first = re.match(r"[\w'’-]+", text)
    if not first or text[:1] in "\"'“" or re.match(r"[A-Z]{3,}\b", text) or ":" in text[:60].split(".")[0]:
        raise Skip("opens with a quote, a dateline or a headline's colon")
    word = first.group(0)
    if word in LOWER_FIRST:
        text = word.lower() + text[len(word):]
    return LEADIN + text, {}


def figure_percent(item: Item, rng: random.Random) -> tuple[str, dict[str, str]]:
    """Each share's format rotated: "52%" -> "52 percent" -> "52 per cent" -> "52%"."""
    def rotate(m: re.Match) -> str:
        unit = m.group(2)
        return m.group(1) + (" percent" if "%" in unit else "%" if unit.strip() == "per cent" else " per cent")
    new = re.sub(r"(\d+(?:\.\d+)?)(\s?%| percent\b| per cent\b)", rotate, item.text)
    if new == item.text:
        raise Skip("no share")
    return new, {}


def figure_thousands(item: Item, rng: random.Random) -> tuple[str, dict[str, str]]:
    """A count of votes or ballots written with its thousands' commas left out, or put in."""
    unit = r"(?=\s+(?:votes|ballots|voters|signatures)\b)"

    def swap(m: re.Match) -> str:
        n = m.group(0)
        return n.replace(",", "") if "," in n else f"{int(n):,}"
    new = re.sub(rf"(?<![\d.,])(?:\d{{1,3}}(?:,\d{{3}})+|\d{{4,}}){unit}", swap, item.text)
    if new == item.text:
        raise Skip("no count of four digits or more")
    return new, {}


def tense(item: Item, rng: random.Random) -> tuple[str, dict[str, str]]:
    """The first sentence's result verb between present and past, after a name; only where no date hangs on it."""
    text = item.text
    if RELATIVE_DAYS.search(text):
        raise Skip("a weekday or relative day")
    if any(not re.search(r"\d{4}", d.get("text", "")) for d in item.gold.get("dates", [])):
        raise Skip("a date without its year")
    table = {**TENSES, **{v: k for k, v in TENSES.items() if v not in ("led",)}}
    first = re.search(r"(?<=[a-z0-9)]{2})\.(?= +[A-Z])|$", text).start()
    pat = re.compile(r"\b[A-Z][\w.'’-]* (" + "|".join(re.escape(k) for k in sorted(table, key=len, reverse=True))
                     + r")\b")
    m = pat.search(text, 0, first)
    if not m:
        raise Skip("no result verb after a name in the first sentence")
    verb = m.group(1)
    return text[:m.start(1)] + table[verb] + text[m.end(1):], {}


# --- construction alternations (round 20): the same facts in another construction of the genre -------------------

#: A sentence ends at a full stop after a lower-case word, a digit or a bracket, before a capital, a bracket or a quote.
SENTENCE_END = re.compile(r"(?<=[a-z0-9)%]{2})\.(?=\s+[A-Z(\"“])|(?<=[a-z0-9)%]{2})\.?\s*$")
#: Words that may open a subject before its name ("Incumbent President", "the ruling party's candidate").
SUBJECT_PREFIX = r"(?:(?:[A-Z][\w.'’-]*|incumbent|former|opposition|ruling|the|party's|candidate)\s+){0,5}?"
#: What may follow the object of a moved clause: a preposition, a stop, a semicolon or the end.
CLAUSE_FOLLOWER = r"(?=\s+(?:in|on|at|for|to|by|with|after|during)\b|[.;]|\s*$)"
#: Result verbs in the active voice -> (present passive, past passive); the tense is the active verb's.
PASSIVES: dict[str, str] = {"defeats": "is defeated", "defeated": "was defeated", "beats": "is beaten",
                            "beat": "was beaten", "ousts": "is ousted", "ousted": "was ousted",
                            "unseats": "is unseated", "unseated": "was unseated"}
ACTIVES: dict[str, str] = {"is defeated": "defeats", "was defeated": "defeated", "is beaten": "beats",
                           "was beaten": "beat", "is ousted": "ousts", "was ousted": "ousted"}
#: "<agent> elect(s) X" -> "X is elected by <agent>" (one person elected: the passive is singular).
ELECT_ACTIVE = {"elect": "is elected", "elects": "is elected", "elected": "was elected", "re-elect": "is re-elected",
                "re-elects": "is re-elected", "re-elected": "was re-elected"}
#: Participles of a result clause -> (present, past) finite verb.
PARTICIPLES: dict[str, tuple[str, str]] = {
    "defeating": ("defeats", "defeated"), "beating": ("beats", "beat"), "ousting": ("ousts", "ousted"),
    "unseating": ("unseats", "unseated"), "securing": ("secures", "secured"), "winning": ("wins", "won"),
    "taking": ("takes", "took"), "receiving": ("receives", "received"), "garnering": ("garners", "garnered"),
    "capturing": ("captures", "captured"), "succeeding": ("succeeds", "succeeded"),
    "replacing": ("replaces", "replaced"), "becoming": ("becomes", "became"), "ending": ("ends", "ended"),
    "claiming": ("claims", "claimed"), "obtaining": ("obtains", "obtained"),
}
#: A main clause's result verb and its tense (True: present).
MAIN_VERBS: dict[str, bool] = {
    "wins": True, "won": False, "defeats": True, "defeated": False, "beats": True, "secures": True,
    "secured": False, "claims": True, "claimed": False, "retains": True, "retained": False, "clinches": True,
    "clinched": False, "is elected": True, "was elected": False, "is re-elected": True, "was re-elected": False,
    "is reelected": True, "was reelected": False, "becomes": True, "became": False, "takes": True, "took": False,
}
#: Pronouns that open a joined clause in lower case.
PRONOUNS = frozenset("He She They It His Her Their Its We".split())
#: A fronted adverbial: its preposition and at most ten words without a comma.
FRONTED = re.compile(r"(?:In|On|At|After|During|Following|Ahead of|Before) (?:[^,.;:()\"“”]+?)(?=, )")
#: A sentence-final adverbial that names the election ("in the 2024 mayoral election"; the one moved to the front):
#: no other preposition inside it ("in the Senate in a by-election" is two), no date alone ("a runoff on May 18": the
#: date is the noun's, it would move to the clause).
FINAL_ADVERBIAL = re.compile(
    r" ((?:in|at) (?:(?! (?:in|on|at|of|for|to|by|with) )[^,.;:()\"“”]){0,60}?"
    r"\b(?:election|elections|runoff|run-off|primary|primaries|referendum|ballot|caucus|caucuses))$")
#: Words of a clause inside the sentence, where a moved adverbial would change which clause it modifies.
EMBEDDED = re.compile(r"\b(?:says|said|say|that|will|would|to be|which|who|whom|scheduled|expected|so|but|while|when|"
                      r"because|if)\b")
#: ... and, for an adverbial moved to the front, any clause or phrase it might belong to ("to be its candidate in").
EMBEDDED_BEFORE = re.compile(r"\b(?:to|as|after|before|following|for)\b")
#: Relative clauses of no office, no party name and no result, one chosen per item.
RELATIVES: tuple[str, ...] = (", who is backed by the ruling party,", ", who campaigned on a promise to fight corruption,",
                              ", who has long been a critic of the government,")
#: Headline style: a result verb and the nouns a bare headline drops the article of ("X wins presidency").
HEADLINE_NOUNS = r"presidency|election|runoff|run-off|vote|seat|race|primary|nomination|mayoralty|leadership|premiership"


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, ``end`` at its full stop (or the text's end); a citation "(AP)" is one."""
    spans, start = [], 0
    for m in SENTENCE_END.finditer(text):
        if m.start() > start:
            spans.append((start, m.start()))
        start = m.end()
        while start < len(text) and text[start].isspace():
            start += 1
    if start < len(text.rstrip()):
        spans.append((start, len(text.rstrip())))
    return spans


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def decap(s: str) -> str:
    """``s`` with its first word lower-cased where it is a function word (``LOWER_FIRST``) or a title word."""
    first = re.match(r"[\w'’-]+", s)
    if first and (first.group(0) in LOWER_FIRST or first.group(0) in ("Incumbent", "Opposition", "Ruling")):
        return first.group(0).lower() + s[len(first.group(0)):]
    return s


def name_alternation(item: Item, orgs: bool = False) -> str:
    """A regex alternation of every person's full spellings in the text (the longest first); with ``orgs`` the gold's
    ORG names too (a party defeats a party)."""
    spellings = {s for p in item.persons for s in full_spellings(item, p)}
    if orgs:
        spellings |= {o for o in item.gold.get("entities", {}).get("ORG", []) if word_re(o).search(item.text)}
    if not spellings:
        raise Skip("no person named in full")
    return "|".join(re.escape(s) for s in sorted(spellings, key=len, reverse=True))


def voice(item: Item, rng: random.Random) -> tuple[str, dict[str, str]]:
    """Active <-> passive of the first result clause whose subject opens its sentence (after a fronted adverbial at
    most): "X defeats Y in ..." <-> "Y is defeated by X in ..."; "Voters in Velmar elect X as ..." <-> "X is elected
    by voters in Velmar as ..."; "X is elected President of Velmar by the Assembly" -> "The Assembly elects X
    President of Velmar"; "X is elected President of Velmar" (no agent) -> "Voters elect X President of Velmar"."""
    text = item.text
    names = name_alternation(item, orgs=True)
    person = rf"(?:(?:[A-Z][\w.'’-]*|incumbent|former)\s+){{0,3}}?(?:{names})"
    front = rf"(?P<front>{FRONTED.pattern}, )?"
    elected = r"(?P<verb>is elected|was elected|is re-elected|was re-elected)"
    active = re.compile(rf"{front}(?P<subj>{SUBJECT_PREFIX}(?:{names}))\s+(?P<verb>{'|'.join(PASSIVES)})\s+"
                        rf"(?P<obj>{person}){CLAUSE_FOLLOWER}")
    passive = re.compile(rf"{front}(?P<obj>{SUBJECT_PREFIX}(?:{names}))\s+(?P<verb>{'|'.join(ACTIVES)}) by\s+"
                         rf"(?P<subj>{person}){CLAUSE_FOLLOWER}")
    elect = re.compile(rf"{front}(?P<agent>[A-Z][^,;:.()\"“”]{{0,60}}?)\s+"
                       rf"(?P<verb>{'|'.join(sorted(ELECT_ACTIVE, key=len, reverse=True))})\s+(?P<obj>{person})"
                       r"(?![\w'’-]|\s+and\b|,)")
    by_agent = re.compile(rf"{front}(?P<obj>{SUBJECT_PREFIX}(?:{names}))\s+{elected}(?P<mid>(?: [^,;.()]*?)?) by "
                          r"(?P<agent>(?:the |[A-Z])[^,;.()\d]{2,60}?)(?=[.;]|\s*$)")
    agentless = re.compile(rf"{front}(?P<obj>{SUBJECT_PREFIX}(?:{names}))\s+{elected}(?=\s+(?:[A-Z]|as\b|to\b))")
    by_verb = {"is elected": "elects", "was elected": "elected", "is re-elected": "re-elects",
               "was re-elected": "re-elected"}
    voters = {"is elected": "elect", "was elected": "elected", "is re-elected": "re-elect",
              "was re-elected": "re-elected"}
    for start, end in sentence_spans(text):
        sent = text[start:end]
        for pat, kind in ((active, "active"), (passive, "passive"), (elect, "elect"), (by_agent, "by_agent"),
                          (agentless, "agentless")):
            m = pat.match(sent)
            if not m:
                continue
            lead = m["front"] or ""
            rest = sent[m.end():]
            own = (lambda s: cap(s) if not lead else decap(s))
            if kind == "active":
                new = f"{own(m['obj'])} {PASSIVES[m['verb']]} by {decap(m['subj'])}"
            elif kind == "passive":
                new = f"{own(m['subj'])} {ACTIVES[m['verb']]} {decap(m['obj'])}"
            elif kind == "elect":
                if len(m["agent"].split()) > 8 or re.search(r"\b(?:to|will|would|could|may)$", m["agent"]):
                    continue
                clause = re.match(r"[^,;]*", rest).group(0)  # the agent goes after the complement
                new = f"{own(m['obj'])} {ELECT_ACTIVE[m['verb']]}{clause} by {decap(m['agent'])}"
                rest = rest[len(clause):]
            elif kind == "by_agent":
                new = f"{own(m['agent'])} {by_verb[m['verb']]} {decap(m['obj'])}{m['mid']}"
            else:
                new = f"{own('voters')} {voters[m['verb']]} {decap(m['obj'])}"
            return text[:start] + lead + new + rest + text[end:], {}
    raise Skip("no result clause whose subject opens its sentence")


def participle(item: Item, rng: random.Random) -> tuple[str, dict[str, str]]:
    """A participial result clause <-> a finite one joined by "and", in the main verb's tense: "X wins the runoff,
    defeating Y" <-> "X wins the runoff and defeats Y"."""
    text = item.text
    main = re.compile(r"\b(" + "|".join(re.escape(v) for v in sorted(MAIN_VERBS, key=len, reverse=True)) + r")\b")
    present = {v[0]: p for p, v in PARTICIPLES.items()}
    past = {v[1]: p for p, v in PARTICIPLES.items() if v[1] in ("defeated", "ousted", "unseated", "beat")}
    for start, end in sentence_spans(text):
        sent = text[start:end]
        verb = main.search(sent)
        if not verb:
            continue
        tail = sent[verb.end():]
        m = re.search(r", (" + "|".join(PARTICIPLES) + r") ", tail)
        if m and "," not in tail[:m.start()]:  # "..., according to X, beating Y": the participle may be X's
            finite = PARTICIPLES[m.group(1)][0 if MAIN_VERBS[verb.group(1)] else 1]
            pos = start + verb.end() + m.start()
            return text[:pos] + f" and {finite} " + text[pos + len(m.group(0)):], {}
        table = present if MAIN_VERBS[verb.group(1)] else past
        m = re.search(r" and (" + "|".join(table) + r") (?=[A-Z]|the incumbent|incumbent|his |her |\d|a |an |the )",
                      tail)
        if m and "," not in tail[:m.start()][-3:]:
            pos = start + verb.end() + m.start()
            return text[:pos] + f", {table[m.group(1)]} " + text[pos + len(m.group(0)):], {}
    raise Skip("no participial or 'and' result clause after a result verb")


def split_join(item: Item, rng: random.Random) -> tuple[str, dict[str, str]]:
    """Two sentences joined by ", and" ("X wins. Y concedes." -> "X wins, and Y concedes."), else one sentence's
    ", and <clause>" split in two."""
    text = item.text
    spans = [s for s in sentence_spans(text) if not text[s[0]:s[0] + 1] in "(\"“"]
    for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
        one, two = text[s1:e1], text[s2:e2]
        if len(one.split()) < 3 or len(two.split()) < 3 or ":" in one or text[e1:s2].strip() != ".":
            continue
        first = re.match(r"[\w'’-]+", two).group(0)
        joined = first.lower() + two[len(first):] if first in PRONOUNS else decap(two)
        return text[:e1] + ", and " + joined + text[e2:], {}
    for start, end in spans:
        sent = text[start:end]
        m = re.search(r", and (?=(?:the |he |she |they |[A-Z])[^,]{0,60}?\b(?:wins|won|concedes|conceded|is|was|are|"
                      r"were|has|have|had|says|said|gets|got|takes|took|finishes|finished|comes|came|leads|led|will)\b)",
                      sent)
        if m:
            pos = start + m.start()
            rest = text[pos + len(m.group(0)):]
            return text[:pos] + ". " + cap(rest), {}
    raise Skip("no two plain sentences and no ', and <clause>'")


def fronted(item: Item, rng: random.Random) -> tuple[str, dict[str, str]]:
    """A fronted adverbial moved to its sentence's end ("In the runoff, X wins." -> "X wins in the runoff."), else a
    final one naming the election or its day moved to the front."""
    text = item.text
    for start, end in sentence_spans(text):
        sent = text[start:end]
        m = FRONTED.match(sent)
        if m and len(m.group(0).split()) <= 10:
            rest = sent[m.end() + 2:]
            if len(rest.split()) < 3 or rest[:1] in "\"“'" or re.match(r"\d", rest) or EMBEDDED.search(rest):
                continue
            adverbial = m.group(0)[0].lower() + m.group(0)[1:]
            return text[:start] + cap(rest) + " " + adverbial + text[end:], {}
    for start, end in sentence_spans(text):
        sent = text[start:end]
        m = FINAL_ADVERBIAL.search(sent)
        if m and len(sent[:m.start()].split()) >= 3 and not sent.startswith(("\"", "“", "(")) \
                and not EMBEDDED.search(sent[:m.start()]) and not EMBEDDED_BEFORE.search(sent[:m.start()]):
            return text[:start] + cap(m.group(1)) + ", " + decap(sent[:m.start()]) + text[end:], {}
    raise Skip("no fronted adverbial and no final one naming the election or its day")


def headline(item: Item, rng: random.Random) -> tuple[str, dict[str, str]]:
    """The first result clause in headline style: the article after a present result verb dropped ("X wins the
    presidency" -> "X wins presidency"), "is elected" -> "elected", "has won" -> "wins"."""
    text = item.text
    pats = [(re.compile(r"\b(wins|secures|claims|retains|clinches) the (?=(?:[\w-]+ ){0,3}?(?:" + HEADLINE_NOUNS
                        + r")\b)"), lambda m: m.group(1) + " "),
            (re.compile(r"(?<=[A-Za-z.]) is (elected|re-elected|reelected)\b"), lambda m: " " + m.group(1)),
            (re.compile(r"\bhas (won|defeated|secured|claimed|retained)\b"),
             lambda m: {"won": "wins", "defeated": "defeats", "secured": "secures", "claimed": "claims",
                        "retained": "retains"}[m.group(1)])]
    hits = [(m, f) for p, f in pats for m in p.finditer(text)]
    if not hits:
        raise Skip("no result verb with an article, no 'is elected', no 'has won'")
    m, f = min(hits, key=lambda h: h[0].start())
    return text[:m.start()] + f(m) + text[m.end():], {}


def perfect(item: Item, rng: random.Random) -> tuple[str, dict[str, str]]:
    """The first present result verb after a name as a full sentence's perfect ("X wins presidency" -> "X has won the
    presidency"); only where no date hangs on the tense (as ``tense``)."""
    text = item.text
    if RELATIVE_DAYS.search(text):
        raise Skip("a weekday or relative day")
    if any(not re.search(r"\d{4}", d.get("text", "")) for d in item.gold.get("dates", [])):
        raise Skip("a date without its year")
    table = {"wins": "has won", "defeats": "has defeated", "secures": "has secured", "claims": "has claimed",
             "retains": "has retained", "is elected": "has been elected", "is re-elected": "has been re-elected",
             "elected": "has been elected"}
    m = re.search(r"\b[A-Z][\w.'’-]* (wins|defeats|secures|claims|retains|is elected|is re-elected)\b( (?=(?:"
                  + HEADLINE_NOUNS + r")\b))?", text)
    if not m:
        raise Skip("no present result verb after a name")
    return text[:m.start(1)] + table[m.group(1)] + (" the " if m.group(2) else "") + text[m.end():], {}


def relative(item: Item, rng: random.Random) -> tuple[str, dict[str, str]]:
    """A relative clause of no office after the subject: the first person named in full at a sentence's start (after
    title words at most), before a lower-case verb ("X, who is backed by the ruling party, won ...")."""
    text = item.text
    names = name_alternation(item)
    for start, end in sentence_spans(text):
        m = re.match(rf"{SUBJECT_PREFIX}(?:{names})(?= (?:[a-z]))", text[start:end])
        if m and not re.match(r" (?:of|from|and|or)\b", text[start + m.end():]):
            pos = start + m.end()
            return text[:pos] + rng.choice(RELATIVES) + text[pos:], {}
    raise Skip("no person named in full as a sentence's subject")


PERTURB: dict[str, Callable[[Item, random.Random], tuple[str, dict[str, str]]]] = {
    "identity": lambda item, rng: (item.text, {}),
    "name_swap": lambda item, rng: name_swap(item, rng),
    "name_swap_diacritics": lambda item, rng: name_swap(item, rng, diacritics=True),
    "apposition_role": lambda item, rng: apposition(item, rng, ROLE_APPOSITION),
    "apposition_age": lambda item, rng: apposition(item, rng, None),
    "adverb": adverb,
    "citation": citation,
    "leadin": leadin,
    "figure_percent": figure_percent,
    "figure_thousands": figure_thousands,
    "tense": tense,
    "voice": voice,
    "participle": participle,
    "split_join": split_join,
    "fronted": fronted,
    "headline": headline,
    "perfect": perfect,
    "relative": relative,
}


def transfer(gold: dict, kind: str, text: str, renamed: dict[str, str], names: Names) -> dict:
    """The gold record of a perturbed copy: new id and text, renamed people in entities and fact arguments."""
    new = copy.deepcopy(gold)
    new["id"] = f"{gold_doc_id(gold)}~{kind}"
    new["text"] = text
    by_key = {names(old): n for old, n in renamed.items()}
    if "PERSON" in new.get("entities", {}):
        new["entities"]["PERSON"] = [by_key.get(names(p), p) for p in new["entities"]["PERSON"]]
    for fact in new.get("facts", []):
        for key in ("subject", "object"):
            if fact.get(key) and names(fact[key]) in by_key:
                fact[key] = by_key[names(fact[key])]
    for fig in new.get("figures", []):
        if fig.get("text") and fig["text"] not in text:
            fig["text_before"] = fig["text"]
    return new


# --- selection ----------------------------------------------------------------------------------------------------

def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def select(gold_path: Path, run_dir: Path) -> tuple[list[str], Counter]:
    """The ids of gold items with at least one required fact, all found, and no spurious fact."""
    report = evaluate(gold_path, run_dir)
    why: Counter = Counter()
    keep = []
    _, docs = load_gold_file(gold_path)
    required = {gold_doc_id(d): sum(f.get("required", True) for f in d.get("facts", [])) for d in docs}
    for did, own in zip(report.document_ids, report.per_document):
        tp, fp, fn = own["facts"]
        if not required[did]:
            why["no required fact"] += 1
        elif fn:
            why["a required fact missed"] += 1
        elif fp:
            why["a spurious fact"] += 1
        else:
            keep.append(did)
    return keep, why


def persons_of(gold: dict, run_dir: Path, mentions: dict[str, set[str]]) -> list[str]:
    """The gold's PERSON names where it annotates them, else the fact arguments the run took as people."""
    ents = gold.get("entities", {})
    if "PERSON" in ents:
        return list(ents["PERSON"])
    args = {f.get(k) for f in gold.get("facts", []) for k in ("subject", "object") if f.get(k)}
    return sorted(a for a in args if a in mentions.get(gold_doc_id(gold), set()))


def write(args: argparse.Namespace) -> None:
    gold_path, input_path, out = Path(args.gold), Path(args.input), Path(args.out)
    header, docs = load_gold_file(gold_path)
    inputs = {r["id"]: r for r in read_jsonl(input_path)}
    check_names((r["text"] for r in inputs.values()), kb_names(ROOT / "models"))
    run_dir = Path(args.run) if args.run else None
    if run_dir is None:
        import pipeline
        run_dir = Path(tempfile.mkdtemp(prefix="invariance-"))
        pipeline.run([input_path], run_dir, progress=False)
    keep, why = select(gold_path, run_dir)
    people: dict[str, set[str]] = defaultdict(set)
    from pipeline.io.tables import read_csv
    for m in read_csv(run_dir / "mentions.csv", ["doc_id", "label", "entity", "text"]):
        if m["label"] == "PERSON":
            people[m["doc_id"]].add(m["entity"] or m["text"])
    names = Names(header["aliases"])
    by_id = {gold_doc_id(d): d for d in docs}
    out.mkdir(parents=True, exist_ok=True)
    skipped: dict[str, Counter] = {}
    counts: dict[str, int] = {}
    for kind in args.kinds:
        rng = random.Random(f"{args.seed}:{kind}")
        golds, ins, new_aliases = [], [], {}
        skipped[kind] = Counter()
        for did in keep:
            gold = by_id[did]
            item = Item(gold, inputs[did], header["aliases"], persons_of(gold, run_dir, people))
            try:
                text, renamed = PERTURB[kind](item, rng)
            except Skip as e:
                skipped[kind][re.sub(r":.*", "", str(e))] += 1
                continue
            new = transfer(gold, kind, text, renamed, names)
            new["perturbation"] = {"kind": kind, "source": did, "renamed": renamed}
            golds.append(new)
            ins.append({**inputs[did], "id": new["id"], "text": text})
            new_aliases.update(item.new_aliases)
        head = {**{k: v for k, v in header.items() if k != "aliases"},
                "aliases": {**header["aliases"], **{k: v for k, v in new_aliases.items() if v}}}
        (out / f"{kind}.gold.jsonl").write_text(
            "\n".join(json.dumps(r, ensure_ascii=False) for r in [head, *golds]) + "\n", encoding="utf-8")
        (out / f"{kind}.input.jsonl").write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in ins), encoding="utf-8")
        counts[kind] = len(golds)
    (out / "all.input.jsonl").write_text("".join((out / f"{k}.input.jsonl").read_text(encoding="utf-8")
                                                 for k in args.kinds), encoding="utf-8")
    (out / "skipped.json").write_text(json.dumps({"selection": dict(why), "selected": len(keep),
                                                  "written": counts, "skipped": skipped}, indent=1) + "\n")
    print(f"{gold_path.name}: {len(keep)} items selected of {len(docs)} ({dict(why)})")
    for kind in args.kinds:
        print(f"  {kind:22s} {counts[kind]:4d} written, {sum(skipped[kind].values()):4d} skipped "
              f"{dict(skipped[kind]) if skipped[kind] else ''}")


def score(args: argparse.Namespace) -> None:
    """Per kind: items, facts and entities P/R/F1 against the run, and each broken item's missed/spurious rows."""
    out = Path(args.score)
    print(f"{'kind':22s} {'items':>5s} {'facts F1':>8s} {'(tp/fp/fn)':>12s} {'ent F1':>6s} {'broken':>6s}")
    for kind in KINDS:
        g = out / f"{kind}.gold.jsonl"
        if not g.is_file():
            continue
        run = Path(args.run) / kind if (Path(args.run) / kind).is_dir() else Path(args.run)
        report = evaluate(g, run)
        t = report.tallies["facts"]
        broken = [d for d, own in zip(report.document_ids, report.per_document) if own["facts"][1] or own["facts"][2]]
        ent = report.tallies["entities"]
        ent_f1 = f"{report.f1('entities'):.3f}" if ent.tp + ent.fp + ent.fn else "  -  "
        print(f"{kind:22s} {report.documents:5d} {report.f1('facts'):8.3f} {f'{t.tp}/{t.fp}/{t.fn}':>12s} "
              f"{ent_f1:>6s} {len(broken):6d}")
        if args.misses:
            for d in broken:
                for line in report.misses:
                    if line.startswith(d + ":") and " fact " in line:
                        print("    " + line)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", help="a gold file (tests/gold/*.jsonl)")
    ap.add_argument("--input", help="its input JSONL (id, text, published)")
    ap.add_argument("--out", help="the folder for <kind>.input.jsonl and <kind>.gold.jsonl")
    ap.add_argument("--run", help="a run of --input (written: selection), or of the perturbed inputs (--score)")
    ap.add_argument("--seed", default="invariance-2026", help="the seed of the invented names and choices")
    ap.add_argument("--kinds", nargs="+", default=list(KINDS), choices=KINDS)
    ap.add_argument("--score", metavar="DIR", help="score the perturbed golds in DIR against --run")
    ap.add_argument("--misses", action="store_true", help="with --score: list each broken item's fact rows")
    args = ap.parse_args(argv)
    if args.score:
        if not args.run:
            ap.error("--score needs --run")
        score(args)
    elif args.gold and args.input and args.out:
        write(args)
    else:
        ap.error("give --gold, --input and --out, or --score DIR --run RUN")


if __name__ == "__main__":
    main()
