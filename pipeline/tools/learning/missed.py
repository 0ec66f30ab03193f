"""What a missed row can teach, read from its sentence: a trigger word for a fact rule, a noun for a
role, a token pattern for a mention.

Each is a heuristic over the parsed sentence (parts of speech, the dependency path between the
arguments, the story's names), kept apart from :class:`pipeline.tools.learn.Teacher`, which decides
which row asks for which: a learned word must be one that can name the event or the role, never a
name, a number or a modifier, so that one reviewed example does not teach a word that is wrong
everywhere else."""
from __future__ import annotations

import re
from typing import Callable, Iterable, Sequence

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc, Span

from ...nlp import learned as L


#: The longest run of words tried as a role noun ("opposition leader": 2).
MAX_ROLE_WORDS = 3
#: Parts of speech no word of a learned role noun has ("arrested", "twelve"), and that its last word has not
#: ("Velmarian", "recently"): a role is named by a noun. The test is by refusal, as the parser often tags a
#: rare noun as something else ("burgomaster" as a preposition); names are mentions, never tried.
ROLE_NOUN_NEVER = ("VERB", "AUX", "NUM")
ROLE_NOUN_NOT_LAST = ("ADJ", "ADV")
#: Labels whose words never name a role (a name, a date, a figure); an OFFICE mention already does.
NOT_ROLE_WORDS = ("PERSON", "GPE", "ORG", "OFFICE", "DATE", "VOTES", "PERCENT")


def office_roles(roles: Sequence, name: str) -> list:
    """The roles an office named ``name`` can be: its template with some jurisdiction ("Mayor of {J}"), one
    of its established names, or its bare name ("Pope"); the longest template first (the most specific:
    "Member of the {J} City Council" before "Member of the {J}")."""
    low = " ".join(name.lower().split())
    found = []
    for r in roles:
        pre, has_place, post = r.template.lower().partition("{j}")
        if low == r.bare.lower() or any(low == v.lower() for _, v in r.names) or (
                has_place and pre and re.fullmatch(re.escape(pre) + r"\S.*" + re.escape(post), low)):
            found.append(r)
    return sorted(found, key=lambda r: (-len(r.template.replace("{J}", "")), r.id))


def role_candidates(doc: Doc, sent: Span, name: str, args: Sequence[Span], taken: frozenset[str],
                    pos: Callable[[object], str] | None = None) -> list[str]:
    """Runs of up to :data:`MAX_ROLE_WORDS` words of ``sent`` that might name the office ``name``: words of
    no name, date or figure, neither end a function word, no word of ``taken`` (a role's form, a fact
    rule's trigger) in it, and, given ``pos`` (a token's part of speech, the parser's), no word a verb or a
    number and the last no adjective or adverb (:data:`ROLE_NOUN_NEVER`, :data:`ROLE_NOUN_NOT_LAST`:
    "burgomaster", "opposition chief"; not "arrested", "Velmarian"); those sharing more
    words with ``name`` first ("Opposition Leader" for "Leader of the Opposition of Sri Lanka"), then the
    nearest to the fact's other arguments, then the shortest."""
    busy = {i for m in (doc.spans[L.MENTIONS] if L.MENTIONS in doc.spans else ()) if m.label_ in NOT_ROLE_WORDS
            for i in range(m.start, m.end)}
    words = {w for w in re.findall(r"[a-z]+", name.lower())}
    ranked: dict[str, tuple] = {}
    for i in range(sent.start, sent.end):
        for n in range(1, MAX_ROLE_WORDS + 1):
            toks = doc[i:i + n]
            if len(toks) < n or toks.end > sent.end \
                    or any(not (t.is_alpha or t.text == "-") or t.i in busy for t in toks) \
                    or toks[0].is_stop or toks[-1].is_stop or not toks[-1].is_alpha:
                continue
            if pos is not None and (pos(toks[-1]) in ROLE_NOUN_NOT_LAST
                                    or any(pos(t) in ROLE_NOUN_NEVER for t in toks)):
                continue
            noun = " ".join(toks.text.lower().split()).replace(" - ", "-")
            if noun in taken or any(t.lower_ in taken for t in toks):  # "elect the president": the role word is
                continue  # there already, so its office is missed for another reason (its place)
            shared = len({t.lower_ for t in toks} & words)
            near = min((abs(i - a.start) for a in args), default=0)
            key = (-shared, near, n, i)
            if noun not in ranked or key < ranked[noun]:
                ranked[noun] = key
    return sorted(ranked, key=ranked.get)


#: The parser's parts of speech a learned trigger word (or a learned role noun's last word) may have, and the
#: class of trigger each is: a word that can name an event is a verb ("thrashed") or a noun ("landslide"); an
#: adjective ("female"), a name, a number or a function word never is.
TRIGGER_CLASSES = {"VERB": "verb", "NOUN": "noun"}
#: What a refused part of speech is called in learn's report.
POS_NAMES = {"ADJ": "an adjective", "ADV": "an adverb", "PROPN": "a name", "NUM": "a number", "AUX": "an auxiliary",
             "ADP": "a function word", "DET": "a function word", "PRON": "a function word", "CCONJ": "a function word",
             "SCONJ": "a function word", "PART": "a function word", "INTJ": "an interjection", "X": "no word",
             "SYM": "no word", "PUNCT": "no word"}
#: A class of trigger a rule learns when at least this share of its own trigger phrases are of that class.
RULE_CLASS_SHARE = 1 / 3
#: The sentence a rule's own trigger phrase is tagged in (:func:`rule_classes`): a subject and an object
#: around it, no name, so that the tag is the phrase's own.
TRIGGER_PROBE = "They {} it ."
#: Dependencies of a word that modifies another ("first *female* President", "*landslide* victory"): such a
#: word names no event of its own, whatever its tag.
MODIFIER_DEPS = ("amod", "advmod", "nummod", "compound", "flat")
#: Trigger matches of a rule in the reviewed documents that tell its class of trigger (fewer: its word list).
MIN_TRIGGER_USES = 3
#: Labels whose words are the story's people, places and organisations: never a trigger word.
STORY_NAME_LABELS = ("PERSON", "GPE", "ORG")


def phrase_class(tokens: Iterable) -> str:
    """The class of a tagged trigger phrase: its first verb or noun ("is declared *the winner*": a verb), else
    a verb for an auxiliary alone ("is victorious"), else none ("as", "against")."""
    tokens = list(tokens)
    for t in tokens:
        if t.pos_ in TRIGGER_CLASSES:
            return TRIGGER_CLASSES[t.pos_]
    return "verb" if any(t.pos_ == "AUX" for t in tokens) else ""


def rule_classes(nlp: Language, syntax, words: Sequence[str]) -> frozenset[str]:
    """The classes of trigger (verb, noun) a rule of trigger ``words`` learns: each of at least
    :data:`RULE_CLASS_SHARE` of its phrases, each tagged by the parser in :data:`TRIGGER_PROBE` (a majority
    outvotes the tagger's slips, "wins" read as a plural noun). Without a parser: none."""
    if syntax is None or not words:
        return frozenset()
    pre = TRIGGER_PROBE.split("{}")[0]
    counts: dict[str, int] = {}
    for phrase in words:
        doc = nlp.make_doc(TRIGGER_PROBE.format(phrase))
        start = len(nlp.make_doc(pre.strip()))
        parsed = syntax.parse(doc[:])
        cls = phrase_class(parsed[start:start + len(nlp.make_doc(phrase))])
        counts[cls] = counts.get(cls, 0) + 1
    return frozenset(c for c, n in counts.items() if c and n >= RULE_CLASS_SHARE * len(words))


def story_words(doc: Doc) -> frozenset[str]:
    """The lower-case words of the story's people, places and organisations (their mentions and names)."""
    spans = doc.spans[L.MENTIONS] if L.MENTIONS in doc.spans else ()
    return frozenset(w for m in spans if m.label_ in STORY_NAME_LABELS
                     for w in re.findall(r"[^\W\d_]+", f"{m.text} {m._.entity or ''}".lower()))


def trigger_problem(token, pos: str, classes: frozenset[str], names: frozenset[str], rule: str = "the rule",
                    others: dict[str, str] | None = None, dep: str = "") -> str:
    """Why ``token`` (tagged ``pos`` by the parser in its sentence) cannot be a learned trigger word of a rule
    whose own triggers are of ``classes``: it must be a word that can name the rule's event - a verb for a
    verb rule, a noun for a noun rule - no word of the story's names (``names``) and no trigger word of a
    rule of another predicate (``others``: word -> rule id; "election" names an election, never a win), nor a
    modifier of another word by its dependency ``dep`` ("its first *female* elected President", even where
    the tagger reads a noun). Empty when it can."""
    if not token.is_alpha or token.like_num or pos == "NUM":
        return "a number" if token.like_num or pos == "NUM" else "no word"
    if token.is_stop:
        return "a function word"
    if pos == "PROPN" or token.lower_ in names or (token.is_title and not token.is_sent_start):
        return "a word of the story's names"
    if others and token.lower_ in others:
        return f"a trigger of {others[token.lower_]}, another kind of fact"
    cls = TRIGGER_CLASSES.get(pos)
    if cls is None:
        return POS_NAMES.get(pos, f"a word tagged {pos}")
    if dep in MODIFIER_DEPS:
        return f"a modifier of another word ({dep})"
    if not classes:
        return f"{rule} has no verb or noun triggers to learn from"
    if cls not in classes:
        return f"a {cls}, while {rule} is a rule of {' and '.join(sorted(classes))}s"
    return ""


def argument_path(parsed, args: Sequence[tuple[int, int]]) -> frozenset[int] | None:
    """The token indexes of ``parsed`` (a parsed sentence) on the dependency path that joins the arguments
    ``args`` (start, end in the sentence), the arguments' own tokens left out: for two, the words from each
    one's head up to their lowest common ancestor ("A *withdraws* ... and *endorses* B"); for one, the words
    that govern it, up to the root. A learned trigger must be one of them: a word elsewhere in the sentence
    ("announcing his *candidacy*") does not name the relation between them. ``None`` when the parse is
    unusable (no dependency labels)."""
    if parsed is None or not len(parsed) or not parsed.has_annotation("DEP"):
        return None
    inside = {i for a, b in args for i in range(a, b)}

    def chain(a: int, b: int) -> list[int]:
        head = parsed[a:b].root
        out = [head.i]
        while out[-1] != parsed[out[-1]].head.i:
            out.append(parsed[out[-1]].head.i)
        return out

    chains = [chain(a, b) for a, b in args]
    if len(chains) == 1:
        on = set(chains[0])
    else:
        on = set()
        common = set(chains[0]).intersection(*chains[1:])
        for c in chains:
            for i in c:
                on.add(i)
                if i in common:
                    break
    return frozenset(on - inside)


def argument_heads(parsed, args: Sequence[tuple[int, int]]) -> frozenset[int]:
    """The token indexes of ``parsed`` that directly govern an argument of ``args`` (start, end): a learned
    trigger must be one, besides lying on :func:`argument_path` - the verb whose subject or object the
    argument is ("A *thrashed* B", "B was *thrashed* by A"), not a verb of which it only modifies the subject
    ("A's campaign *called* the recounts a scam")."""
    return frozenset(parsed[a:b].root.head.i for a, b in args) - {i for a, b in args for i in range(a, b)}


def taken_words(phrases: Iterable[str]) -> frozenset[str]:
    """The content words of trigger ``phrases`` ("is elected" gives "elected"): those a path between a
    missed fact's arguments may already hold."""
    return frozenset(w for p in phrases for w in p.lower().split() if w not in STOP_WORDS)


def role_noun_conflict(noun: str, role: str, forms: dict[str, str]) -> str:
    """Which other role ``noun`` (to be learned for ``role``) already names, as ``forms`` (form -> role id)
    holds them: the noun itself, or its plural or singular ("mayors", "burgomaster" for "burgomasters").
    Such a noun is refused when it is learned, with this message: a learned noun never moves a word from one
    role to another (the loader refuses it too). Empty when it names none."""
    low = " ".join(noun.lower().split())
    for form in dict.fromkeys((low, low + "s", low + "es", low[:-1] if low.endswith("s") else low)):
        other = forms.get(form)
        if other and other != role:
            return f"{noun!r} already names {other}" + (f" (as {form!r})" if form != low else "")
    return ""


def engine_with(nlp: Language, engine, rules: Sequence) -> object:
    """A copy of the fact engine ``engine`` that runs only ``rules`` (trigger-word rules)."""
    import copy

    probe = copy.copy(engine)
    probe.rules = tuple(rules)
    probe.dep_matcher = None
    probe.index_triggers(nlp)  # its matcher, rule ids and gates from ``rules``
    return probe


def _shape(token, label: str) -> dict:
    if label in ("VOTES", "PERCENT"):
        return {"LIKE_NUM": True} if token.like_num else {"LOWER": token.lower_}
    if token.is_title:
        return {"IS_TITLE": True}
    if token.is_upper and token.is_alpha:
        return {"IS_UPPER": True}
    if token.text[:1].isupper():
        return {"TEXT": {"REGEX": r"^[A-Z]"}}
    return {"LOWER": token.lower_}


def _cue(token, figure: bool) -> bool:
    """A context word a pattern may hold: a lower-case word (a function word only before a figure)."""
    return token.is_alpha and token.text[:1].islower() and (figure or not token.is_stop)


def induce_pattern(doc: Doc, span: Span, label: str) -> tuple[list[dict], tuple[int, int]] | None:
    """Cue word + the mention's shape ("interviewed" + Xxx Xxx; "with" + NUM "%"), or None."""
    figure = label in ("VOTES", "PERCENT")
    shape = [_shape(t, label) for t in span]
    sent = span.sent if doc.has_annotation("SENT_START") else doc[:]
    if span.start > sent.start and _cue(doc[span.start - 1], figure):
        return [{"LOWER": doc[span.start - 1].lower_}] + shape, (1, 1 + len(shape))
    if span.end < sent.end and _cue(doc[span.end], figure):
        return shape + [{"LOWER": doc[span.end].lower_}], (0, len(shape))
    return None


#: Documents of the contrast corpus a new trigger word's family must occur in before its specificity can refuse
#: it: a word seen in one or two of them ("routed" in one sports story) is too rare there to tell anything.
MIN_OFFTOPIC_DOCS = 3
#: A new trigger word whose document rate in the contrast corpus is at least this many times its rate in the
#: stories it is to find is refused: it is no more typical of them than of other news ("named", "reported").
MAX_OFFTOPIC_RATIO = 1.0
#: The words a document's word families are read from (letters only: no lemmatizer runs).
_WORD = re.compile(r"[^\W\d_]+")


def word_families(text: str) -> frozenset[str]:
    """The :func:`pipeline.nlp.learned.word_stem` families of a text's words ("called", "calls" -> ``call``)."""
    return frozenset(L.word_stem(w) for w in _WORD.findall(text))


class _Rates:
    """Documents, and documents per word family, of one corpus."""

    def __init__(self) -> None:
        self.docs = 0
        self.families: dict[str, int] = {}

    def add(self, families: frozenset[str]) -> None:
        self.docs += 1
        for fam in families:
            self.families[fam] = self.families.get(fam, 0) + 1

    def of(self, fam: str) -> tuple[int, float]:
        n = self.families.get(fam, 0)
        return n, n / self.docs if self.docs else 0.0


class TriggerSpecificity:
    """How typical a word is of the stories a rule's facts are in, from the gate's gold texts, counted once
    per learn run. A new trigger word proposed from one reviewed sentence must be more typical (:meth:`problem`)
    of election news (the tuning texts) than of the off-topic gold's news, and of the election stories with a
    gold fact of its predicate than of those without one: "called" is common in election news ("calls a snap
    election"), but less so in the stories of a win than in the others, so it is no trigger of ``won``."""

    def __init__(self, election: Iterable[tuple[str, Iterable[str]]], off_topic: Iterable[str]):
        """``election``: (text, the predicates of its gold facts) per election document; ``off_topic``: texts."""
        self.election, self.off_topic = _Rates(), _Rates()
        self.by_predicate: dict[str, tuple[_Rates, _Rates]] = {}
        self._families: list[tuple[frozenset[str], frozenset[str]]] = []
        for text, predicates in election:
            fams = word_families(text)
            self.election.add(fams)
            self._families.append((fams, frozenset(predicates)))
        for text in off_topic:
            self.off_topic.add(word_families(text))

    def _split(self, predicate: str) -> tuple[_Rates, _Rates]:
        """The election documents with a gold fact of ``predicate``, and those without one."""
        if predicate not in self.by_predicate:
            with_, without = _Rates(), _Rates()
            for fams, predicates in self._families:
                (with_ if predicate in predicates else without).add(fams)
            self.by_predicate[predicate] = (with_, without)
        return self.by_predicate[predicate]

    def problem(self, word: str, predicate: str = "") -> str:
        """Why ``word`` is no more typical of the stories its rule is for than of other news (naming both
        rates); empty when it is, or when a corpus to tell by is empty."""
        fam = L.word_stem(word)
        contrasts = [(self.election, "election documents", self.off_topic, "off-topic documents")]
        if predicate:
            with_, without = self._split(predicate)
            contrasts.append((with_, f"election documents with a {predicate} fact", without,
                              "election documents without one"))
        for mine, mine_name, other, other_name in contrasts:
            if not mine.docs or not other.docs:
                continue
            e, e_rate = mine.of(fam)
            o, o_rate = other.of(fam)
            if o >= MIN_OFFTOPIC_DOCS and o_rate >= MAX_OFFTOPIC_RATIO * e_rate:
                return (f"not specific to its stories: its family {fam!r} is in {o_rate:.1%} of {other_name} "
                        f"({o}/{other.docs}) and only {e_rate:.1%} of {mine_name} ({e}/{mine.docs})")
        return ""
