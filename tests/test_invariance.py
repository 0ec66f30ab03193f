"""Invariance tests (bench/invariance.py): perturbations that keep the facts, and the person cues they led to."""
from __future__ import annotations

import importlib.util
import random
import re
import sys
from pathlib import Path

import pytest

_SPEC = importlib.util.spec_from_file_location("bench_invariance",
                                               Path(__file__).parents[1] / "bench" / "invariance.py")
inv = importlib.util.module_from_spec(_SPEC)
sys.modules[_SPEC.name] = inv  # a dataclass looks its module up there
_SPEC.loader.exec_module(inv)


def _item(text: str, persons: list[str], aliases: dict | None = None, dates: list | None = None) -> "inv.Item":
    gold = {"id": "x", "text": text, "entities": {"PERSON": persons}, "dates": dates or [], "facts": []}
    return inv.Item(gold, {"id": "x", "text": text}, aliases or {}, persons)


def _facts(nlp, text: str, renamed: dict[str, str] | None = None) -> set[tuple]:
    back = {new: old for old, new in (renamed or {}).items()}
    return {(f.predicate, back.get(f.name("subject"), f.name("subject")), back.get(f.name("object"), f.name("object")))
            for f in nlp(text)._.facts}


@pytest.mark.parametrize("kind, text, expected", [
    ("apposition_age", "Ana Ruiz defeats Ivo Petrov in the mayoral runoff.", r"Ana Ruiz, \d+, defeats Ivo Petrov, \d+, in"),
    ("apposition_role", "Ana Ruiz wins.", "Ana Ruiz, a former teacher, wins."),
    ("adverb", "Ana Ruiz wins the mayoral election.", "Ana Ruiz (narrowly|comfortably|officially) wins"),
    ("adverb", "Ana Ruiz is elected Mayor of Velmar.", "Ana Ruiz is (narrowly|comfortably|officially) elected"),
    ("citation", "Ana Ruiz wins. Ivo Petrov concedes. (Reuters)", r"Ana Ruiz wins\. \(AP\) Ivo Petrov concedes\."),
    ("leadin", "The mayor of Velmar is Ana Ruiz.", "According to official results, the mayor of Velmar"),
    ("leadin", "Ana Ruiz wins.", "According to official results, Ana Ruiz wins."),
    ("figure_percent", "Ana Ruiz wins with 52% to 48 percent and 1 per cent.", "52 percent to 48 per cent and 1%"),
    ("figure_thousands", "Ana Ruiz gets 12,345 votes to 9876 votes.", "12345 votes to 9,876 votes"),
    ("tense", "Ana Ruiz wins the 2024 mayoral election.", "Ana Ruiz won the 2024"),
    ("tense", "Ana Ruiz was elected in 2024.", "Ana Ruiz is elected in 2024"),
    # construction alternations: voice, participle <-> "and", sentences joined or split, an adverbial moved, headline
    # style <-> the perfect, a relative clause on the subject
    ("voice", "Ana Ruiz defeats Ivo Petrov in the runoff.", "^Ivo Petrov is defeated by Ana Ruiz in the runoff\\.$"),
    ("voice", "Incumbent Ivo Petrov was defeated by Ana Ruiz.", "^Ana Ruiz defeated incumbent Ivo Petrov\\.$"),
    ("voice", "Voters in Velmar elect Ana Ruiz as mayor.", "^Ana Ruiz is elected as mayor by voters in Velmar\\.$"),
    ("voice", "Ana Ruiz is re-elected Mayor of Velmar by the council.", "^The council re-elects Ana Ruiz Mayor of Velmar"),
    ("voice", "Ana Ruiz is elected Mayor of Velmar.", "^Voters elect Ana Ruiz Mayor of Velmar\\.$"),
    ("participle", "Ana Ruiz wins the runoff, defeating Ivo Petrov.", "^Ana Ruiz wins the runoff and defeats Ivo Petrov"),
    ("participle", "Ana Ruiz won the runoff and defeated Ivo Petrov.", "^Ana Ruiz won the runoff, defeating Ivo Petrov"),
    ("split_join", "Ana Ruiz wins. Ivo Petrov concedes defeat. (AP)", "^Ana Ruiz wins, and Ivo Petrov concedes defeat\\. "),
    ("split_join", "Ana Ruiz wins. He thanks the voters.", "^Ana Ruiz wins, and he thanks the voters\\.$"),
    ("split_join", "Ana Ruiz wins the runoff, and Ivo Petrov concedes.", "^Ana Ruiz wins the runoff\\. Ivo Petrov concedes"),
    ("fronted", "In the Velmar runoff, Ana Ruiz defeats Ivo Petrov.", "^Ana Ruiz defeats Ivo Petrov in the Velmar runoff\\.$"),
    ("fronted", "Ana Ruiz defeats Ivo Petrov in the 2024 mayoral election.",
     "^In the 2024 mayoral election, Ana Ruiz defeats Ivo Petrov\\.$"),
    ("headline", "Ana Ruiz wins the Velmar presidency.", "^Ana Ruiz wins Velmar presidency\\.$"),
    ("headline", "Ana Ruiz is elected Mayor of Velmar.", "^Ana Ruiz elected Mayor of Velmar\\.$"),
    ("headline", "Ana Ruiz has won the mayoral election.", "^Ana Ruiz wins the mayoral election\\.$"),
    ("perfect", "Ana Ruiz wins presidency.", "^Ana Ruiz has won the presidency\\.$"),
    ("perfect", "Ana Ruiz is re-elected Mayor of Velmar.", "^Ana Ruiz has been re-elected Mayor of Velmar\\.$"),
    ("relative", "Ana Ruiz wins the runoff.", "^Ana Ruiz, who [a-z ]+, wins the runoff\\.$"),
])
def test_invariance_perturbation(kind, text, expected):
    new, renamed = inv.PERTURB[kind](_item(text, ["Ana Ruiz", "Ivo Petrov"]), random.Random(0))
    assert renamed == {} and re.search(expected, new), new


@pytest.mark.parametrize("kind, text", [
    ("tense", "Ana Ruiz wins the runoff on Sunday."),           # the tense decides the date
    ("adverb", "The vote count continues."),                    # no result verb
    ("figure_thousands", "Ana Ruiz wins the 2024 election."),   # a year is no count
    ("name_swap", "Voters in Velmar go to the polls."),         # no person
    ("voice", "The Velmar council says Ana Ruiz defeats Ivo Petrov."),  # the clause's subject opens no sentence
    ("voice", "The council elects Ana Ruiz, a lawyer, as mayor."),     # an apposition would be split from its name
    ("participle", "Ana Ruiz wins, the council says, defeating Ivo Petrov."),  # the participle may be the council's
    ("split_join", "Ana Ruiz wins the runoff. (AP)"),           # one sentence and a citation
    ("fronted", "Ana Ruiz wins a runoff held on May 18."),     # a date alone is the runoff's, not the clause's
    ("fronted", "In the runoff, the council says Ana Ruiz won."),  # the adverbial would move into the said clause
    ("perfect", "Ana Ruiz wins the runoff on Sunday."),         # the tense decides the date
    ("relative", "The Velmar council praises Ana Ruiz."),       # no person is a sentence's subject
])
def test_invariance_skips_what_it_cannot_apply(kind, text):
    with pytest.raises(inv.Skip):
        inv.PERTURB[kind](_item(text, ["Ana Ruiz"] if "Ruiz" in text else []), random.Random(0))


def test_invariance_name_swap_renames_every_spelling():
    text = "Ana Ruiz defeats Ivo Petrov. Ruiz thanks voters; Petrov concedes."
    item = _item(text, ["Ana Ruiz", "Ivo Petrov"], {"Ana Ruiz": ["Ana M. Ruiz", "Ruiz"]})
    new, renamed = inv.name_swap(item, random.Random(1))
    assert set(renamed) == {"Ana Ruiz", "Ivo Petrov"}
    assert "Ruiz" not in new and "Petrov" not in new
    for old, fresh in renamed.items():
        assert fresh in new and fresh.split()[-1] in inv.SURNAMES
    assert item.new_aliases[renamed["Ana Ruiz"]] == [renamed["Ana Ruiz"].split()[-1]]


def test_invariance_name_swap_skips_a_shared_word():
    item = _item("Ana Ruiz and Ivo Ruiz win seats.", ["Ana Ruiz", "Ivo Ruiz"])
    with pytest.raises(inv.Skip, match="shared"):
        inv.name_swap(item, random.Random(0))


@pytest.mark.parametrize("kind, text", [
    ("citation", "Ana Ruiz defeats Ivo Petrov in the Velmar mayoral runoff. Petrov concedes. (Reuters)"),
    ("leadin", "The Velmar mayoral runoff is won by Ana Ruiz, who defeats Ivo Petrov. (Reuters)"),
    ("figure_percent", "Ana Ruiz wins the Velmar mayoral election with 52% of the vote. (Reuters)"),
    ("figure_thousands", "Ana Ruiz wins the Velmar mayoral election with 12,345 votes. (Reuters)"),
    ("tense", "Ana Ruiz defeats Ivo Petrov in the 2024 Velmar mayoral election. (Reuters)"),
    ("name_swap", "Ana Ruiz defeats Ivo Petrov in the Velmar mayoral election. (Reuters)"),
    ("voice", "Ana Ruiz defeats Ivo Petrov in the Velmar mayoral runoff. (Reuters)"),
    ("voice", "Ivo Petrov is defeated by Ana Ruiz in the Velmar mayoral runoff. (Reuters)"),
    ("participle", "Ana Ruiz wins the Velmar mayoral runoff, defeating Ivo Petrov. (Reuters)"),
    ("participle", "Ana Ruiz won the Velmar mayoral runoff and defeated Ivo Petrov. (Reuters)"),
    ("split_join", "Ana Ruiz wins the Velmar mayoral runoff. Ivo Petrov concedes defeat. (Reuters)"),
    ("fronted", "In the Velmar mayoral runoff, Ana Ruiz defeats Ivo Petrov. (Reuters)"),
    ("headline", "Ana Ruiz is elected Mayor of Velmar. (Reuters)"),
    ("perfect", "Ana Ruiz is re-elected Mayor of Velmar. (Reuters)"),
    ("relative", "Ana Ruiz defeats Ivo Petrov in the Velmar mayoral runoff. (Reuters)"),
])
def test_invariance_facts_survive(nlp, kind, text):
    new, renamed = inv.PERTURB[kind](_item(text, ["Ana Ruiz", "Ivo Petrov"]), random.Random(0))
    before = _facts(nlp, text)
    assert before and _facts(nlp, new, renamed) == before, new


def _people(nlp, text: str) -> list[str]:
    return [m.text for m in nlp(text).spans["mentions"] if m.label_ == "PERSON"]


@pytest.mark.parametrize("text, person", [
    # names whose first name no first-name list holds, by the words around them
    ("Kwabena Hakimi, who won the leadership contest last month, is sworn in as Prime Minister.", "Kwabena Hakimi"),
    ("The Velmar Parliament elects Oluwaseun Tavernier as Prime Minister.", "Oluwaseun Tavernier"),
    ("The outgoing mayor was succeeded by Thandiwe Okafor-Mensah in March.", "Thandiwe Okafor-Mensah"),
    ("Keziah Brannigan of the left-wing Velmar Unity party claims victory.", "Keziah Brannigan"),
    # set off by commas after a title's place or a cue noun; a descriptor after an age; an occupation
    ("The governor of Oaxaca, Kwabena Hakimi, was sentenced to 12 years in prison.", "Kwabena Hakimi"),
    ("His only rival, Adaeze Vukovic, conceded shortly after the count.", "Adaeze Vukovic"),
    ("The defeated candidate congratulated the winner, Ngozi Ekwueme.", "Ngozi Ekwueme"),
    ("Thandiwe Brannigan, a 41-year-old lawyer, took 27,600 votes in the district.", "Thandiwe Brannigan"),
    ("Voters in Velmar elected former rugby player Haruto Castellanos as mayor.", "Haruto Castellanos"),
    ("She announces her endorsement of Oluwaseun Rautio, the last remaining candidate.", "Oluwaseun Rautio"),
    # the perfect passive of a result (five tokens: "has been re-elected")
    ("Kwabena Hakimi has been re-elected Mayor of Velmar.", "Kwabena Hakimi"),
    ("Thandiwe Brannigan has been elected leader of the Velmar Unity Party.", "Thandiwe Brannigan"),
])
def test_invariance_person_cue(nlp, text, person):
    assert person in _people(nlp, text)


@pytest.mark.parametrize("text, name", [
    ("The Kestrel Rovers, who won last night, face the Harriers.", "Kestrel Rovers"),  # a team before ", who"
    ("Northrop Grumman, who makes ships, reports profits.", "Northrop Grumman"),  # a company
    ("The hosts were beaten by Kestrel United in the final.", "Kestrel United"),  # no "beaten by" cue: a team
    ("The assembly elects New Zealand as chair of the committee.", "New Zealand"),  # a place after "elects"
    ("Keziah Brannigan of the left-wing newspaper spoke.", "Keziah Brannigan"),  # no party after the hyphened words
    ("Celtic wins the cup, defeating Kestrel Rovers 2-1 in the final.", "Kestrel Rovers"),  # no "defeating" cue
    ("The hosts rose to second, replacing Kestrel Rovers at the top.", "Kestrel Rovers"),  # no "replacing" cue
    ("Kestrel Mining, a 40-year-old company, reports profits.", "Kestrel Mining"),  # no descriptor of a person
    ("Our rivals, Kestrel Rovers and Velmar Town, won.", "Kestrel Rovers"),  # a cue noun's name ends at a comma or stop
    # the perfect passive cue makes no person of a party, a body or a country
    ("The Velmar Unity Party has been re-elected for a third term.", "Velmar Unity Party"),
    ("The Velmar City Council has been re-elected.", "Velmar City Council"),
    ("New Zealand has been elected to the UN Security Council.", "New Zealand"),
])
def test_invariance_person_cue_near_miss(nlp, text, name):
    assert not any(name in p for p in _people(nlp, text))


def _fact_rows(nlp, text: str) -> set[tuple]:
    return {(f.predicate, f.name("subject"), f.name("object")) for f in nlp(text)._.facts}


@pytest.mark.parametrize("text, fact", [
    # an age or an aside of no office after a name is no break between the name and its list or its verb
    ("A runoff is called between Ana Ruiz, 54, and Ivo Petrov, 61.", ("candidate", "Ivo Petrov", None)),
    ("Candidates Ana Ruiz, a former teacher, and Ivo Petrov face a runoff for Mayor of Velmar.",
     ("candidate", "Ivo Petrov", "Mayor of Velmar")),
    ("Ana Ruiz, 54, the Unity Party's candidate, is declared the winner of the Velmar mayoral election.",
     ("won", "Ana Ruiz", None)),
    ("Paulo Mendes, 45, re-elected governor of Bahia in October, resigned on Monday.",
     ("won", "Paulo Mendes", "Governor of Bahia")),
    ("Venkaiah Naidu, 73, elected as India's 13th Vice-President of India.",
     ("won", "Venkaiah Naidu", "Vice President of India")),
])
def test_invariance_aside_is_no_break(nlp, text, fact):
    assert fact in _fact_rows(nlp, text)


@pytest.mark.parametrize("text, fact", [
    # an aside naming an office is the earlier name's alone; an aside is no licence to reach a reporter's verb
    ("Candidates Ana Ruiz, a former mayor, and Ivo Petrov face a runoff for Mayor of Velmar.",
     ("holds_office", "Ivo Petrov", "Mayor of Velmar")),
    ("Ana Ruiz, 54, said Ivo Petrov won the Velmar mayoral election.", ("won", "Ana Ruiz", None)),
    ("After meeting Ana Ruiz, 54, voters chose Ivo Petrov in the Velmar mayoral election.", ("won", "Ana Ruiz", None)),
    ("Ana Ruiz, 54, elected officials in Velmar, said the Mayor of Velmar should resign.",
     ("won", "Ana Ruiz", "Mayor of Velmar")),
])
def test_invariance_aside_near_miss(nlp, text, fact):
    assert fact not in _fact_rows(nlp, text)
