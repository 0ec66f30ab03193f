"""Events, competitions and awards on fresh text (event38): a challenge table of invented leads (invented people,
real places, bodies and events).

SPEC.md has no event label, and the golds give no ORG for an event or an award ("the 2008 Democratic National
Convention", "the 84th Academy Awards" in dev_tune). The stop-38 second wave counted the shape on the fresh inputs
and the off_topic gold's input: a capitalised name ending in an event's or an award's head (Championship(s), Festival,
Cup, Convention after "National", Marathon, Bowl, Series), followed by one ("the Golden Globe Award", "the American
League Championship Series"), or with one inside before a category ("the Pulitzer Prize for Public Service", "the
Gulf Cup of Nations") was read as an ORG (org_heads.tsv: "championship", "festival", "convention", or the body's head
after the category, "Service") or, after a first name, as a PERSON ("London Marathon", "Rose Bowl"): agw 6 stories,
ce_off 6, pool 1, off_topic 20. The heads are data (models/lexicons/event_heads.tsv). Each row gives the mentions it
must give and those it must not. Near misses (precision first): bodies whose names hold an event's word as a
modifier ("the International Olympic Committee", "the Commonwealth Games Federation"), conventions that are bodies or
parties ("the Southern Baptist Convention", "the All Basotho Convention"), and people named beside an event.
``score`` counts tp/fp/fn over the ORG and PERSON mentions.
"""
from __future__ import annotations

import pytest
from conftest import check_lead, lead_params, print_table_score
from mention_rows import A, O, P, mention_rows

ANCHOR = "2016-01-10"

#: (lead, mentions it must give, mentions it must not give[, GAP]).
LEADS = [
    # -- an event's or a competition's name ending in its head ---------------------------------------------------------
    ("Senator Ana Velkova addresses the Republican National Convention in Tampa.",
     [P("Ana Velkova")], [A("Republican National Convention")]),
    ("Delegates to the 2008 Democratic National Convention back Ivo Marek.",
     [P("Ivo Marek")], [A("Democratic National Convention")]),
    ("Lena Haavik of Norway wins gold at the Biathlon World Championships in Oslo.",
     [P("Lena Haavik")], [A("Biathlon World Championships"), A("World Championships")]),
    ("The Venice Film Festival opens with a film by Ivo Marek.",
     [P("Ivo Marek")], [A("Venice Film Festival"), O("Venice Film Festival")]),
    ("Kenyan runner Mary Okelo wins the London Marathon.",
     [P("Mary Okelo")], [A("London Marathon")]),
    ("Oregon beat Wisconsin in the Rose Bowl on Monday.",
     [], [A("Rose Bowl"), P("Rose Bowl")]),
    ("Tom Brisco, a driver, leads the Sprint Cup Series standings.",
     [P("Tom Brisco")], [A("Sprint Cup Series")]),
    # -- followed by its head, or a head inside before its category ----------------------------------------------------
    ("The Kansas City Royals win the 2015 American League Championship Series.",
     [O("Kansas City Royals")], [A("American League Championship")]),
    ("The film wins the Golden Globe Award for Best Motion Picture.",
     [], [A("Golden Globe"), A("Golden Globe Award")]),
    ("The Velmar Courier wins the Pulitzer Prize for Public Service for reporting by Ana Ruiz.",
     [P("Ana Ruiz")], [A("Pulitzer Prize for Public Service"), O("Public Service")]),
    ("Coach Ivo Marek's Iraq wins the Gulf Cup of Nations in Basra.",
     [P("Ivo Marek")], [A("Gulf Cup of Nations"), O("Gulf Cup of Nations")]),
    # -- near misses: bodies, parties and people beside an event's word ------------------------------------------------
    ("The International Olympic Committee bans Ivo Marek from the Games.",
     [O("International Olympic Committee"), P("Ivo Marek")], []),
    ("The Commonwealth Games Federation names Ana Ruiz its president.",
     [O("Commonwealth Games Federation"), P("Ana Ruiz")], []),
    ("The Southern Baptist Convention elects Pastor Tom Brisco as its president.",
     [O("Southern Baptist Convention"), P("Tom Brisco")], []),
    ("The All Basotho Convention wins most seats in Lesotho.",
     [O("All Basotho Convention")], [A("All Basotho")]),
    ("Ana Ruiz, who won the Velmar Cup, joins the Arab League mission.",
     [P("Ana Ruiz"), O("Arab League")], []),
    ("The National Football League fines Ivo Marek.",
     [O("National Football League"), P("Ivo Marek")], []),
]


@pytest.mark.parametrize("text, wanted, unwanted", lead_params(LEADS))
def test_event38_leads(nlp, text, wanted, unwanted):
    check_lead(mention_rows(nlp, text, ANCHOR), wanted, unwanted)


def test_score_printed(nlp, capsys):
    print_table_score("event38 leads", lambda text: mention_rows(nlp, text, ANCHOR, ("ORG", "PERSON")), LEADS, capsys)


@pytest.mark.parametrize("rows_text, wanted", [
    ("word\tafter_words\ncup\nconvention\tNational Republican\n",
     {"cup": frozenset(), "convention": frozenset({"National", "Republican"})}),
    ("word\tafter_words\nCup\ncup\n", "duplicate word 'cup'"),
    ("word\tafter_words\ngrand prix\n", "a head is one word of letters"),
    ("word\n cup\n", "header lacks column"),
])
def test_event_heads_validated(tmp_path, rows_text, wanted):
    """event_heads.tsv loads to head → required words before it; a bad row fails with its file and line."""
    from pipeline.errors import DataError
    from pipeline.nlp.resources import load_event_heads

    path = tmp_path / "event_heads.tsv"
    path.write_text("# heads\n" + rows_text, encoding="utf-8")
    if isinstance(wanted, dict):
        assert load_event_heads(path) == wanted
    else:
        with pytest.raises(DataError, match=f"event_heads.tsv:\\d+: {wanted}"):
            load_event_heads(path)
