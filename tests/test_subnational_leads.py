"""Subnational offices and local jurisdictions in news leads: a challenge table of invented leads.

Each row is an invented lead (invented people, real places) in the wording of one kind of outlet (wire, local paper,
broadcaster, headline), with the OFFICE mentions and the ``holds_office``, ``won``, ``candidate`` and ``election`` rows it
must give and those it must not. Two constructions:

- a region named by its name, possessive or demonym before "regional", "state" or "provincial" and a head's title
  (president, premier, governor, minister-president, first minister, chief minister) names the region's own office,
  never the country's ("Lombardy's regional president X": President of Lombardy, not of Italy);
- a "City, State," or "City, Country," pair names one place, the city, for a local office; the second part only
  locates it ("Kent, Washington, elects X as mayor": Mayor of Kent, not of Washington, D.C.).

The names follow the golds' conventions (dev_tune: "Minister-President of North Rhine-Westphalia", "Premier of
Ontario", "Governor of the State of Mexico", "President of the Kurdistan Region", "Mayor of Bridgeport"): a German
state's head is its Minister-President, an Italian or Spanish region's its President, a Nigerian state's governor is
"Governor of <X> State". Near misses: a national president named beside a region, "Washington" alone for the US
government, a company's or a party's "regional" or "state" post, a region's election with no holder. Rows the
pipeline does not read yet are marked ``GAP`` (strict xfails, so a fix shows up as an unexpected pass); ``score``
counts the table's tp/fp/fn (fp: any scored row no wanted row matches, the OFFICE mentions included).
"""
from __future__ import annotations

import pytest
from conftest import GAP, check_lead, lead_doc, lead_params, print_table_score

ANCHOR = "2024-06-01"
#: The predicates the table scores, with ``office`` for an OFFICE mention (its text and its entity).
SCORED = ("holds_office", "won", "candidate", "election")


def H(subject, obj=None, **extra):  # noqa: N802 - a table's row builder
    return dict(predicate="holds_office", subject=subject, **({"obj": obj} if obj is not None else {}), **extra)


def W(subject, obj=None, **extra):  # noqa: N802
    return dict(predicate="won", subject=subject, **({"obj": obj} if obj is not None else {}), **extra)


def O(obj, text=None):  # noqa: N802,E743 - an OFFICE mention: its entity, and its text where the row checks it
    return dict(predicate="office", obj=obj, **({"subject": text} if text is not None else {}))


#: (lead, rows it must give, rows it must not give[, GAP]).
LEADS = [
    # -- Italian regions: "President of <region>" -------------------------------------------------------------
    ("Lombardy's regional president Marco Bellini resigned on Monday.",
     [O("President of Lombardy", "Lombardy's regional president"), H("Marco Bellini", "President of Lombardy")],
     [H("Marco Bellini", "President of Italy")]),
    ("Veneto regional president Luca Moretti called for more autonomy.",
     [O("President of Veneto"), H("Luca Moretti", "President of Veneto")], [H("Luca Moretti", "President of Italy")]),
    ("Luca Moretti, the regional president of Campania, met the prime minister in Rome.",
     [O("President of Campania"), H("Luca Moretti", "President of Campania")],
     [H("Luca Moretti", "President of Italy")]),
    ("Sicily's president Marco Bellini declared a state of emergency over the fires.",
     [O("President of Sicily"), H("Marco Bellini", "President of Sicily")], [H("Marco Bellini", "President of Italy")]),
    ("Piedmont President Giulia Ferri opened the new hospital in Turin.",
     [O("President of Piedmont"), H("Giulia Ferri", "President of Piedmont")],
     [H("Giulia Ferri", "President of Italy")]),
    ("Tuscany regional president Giulia Ferri won a second term on Monday.",
     [O("President of Tuscany"), W("Giulia Ferri", "President of Tuscany")], [W("Giulia Ferri", "President of Italy")]),
    # -- German states: "Minister-President of <state>" ------------------------------------------------------
    ("Bavarian state premier Klaus Vogel wins re-election.",
     [O("Minister-President of Bavaria"), W("Klaus Vogel", "Minister-President of Bavaria")],
     [W("Klaus Vogel", "Premier")]),
    ("Bavaria's state premier Klaus Vogel rejected the federal budget.",
     [O("Minister-President of Bavaria"), H("Klaus Vogel", "Minister-President of Bavaria")], []),
    ("Saxony's state premier Jens Richter warned of a far-right surge.",
     [O("Minister-President of Saxony"), H("Jens Richter", "Minister-President of Saxony")], []),
    ("Lower Saxony premier Jens Richter called a snap state election.",
     [O("Minister-President of Lower Saxony"), H("Jens Richter", "Minister-President of Lower Saxony")], []),
    ("Hesse's state premier Jens Richter conceded defeat on Sunday night.",
     [O("Minister-President of Hesse"), H("Jens Richter", "Minister-President of Hesse")], []),
    ("Minister-President Klaus Vogel of Baden-Württemberg met the chancellor in Berlin.",
     [O("Minister-President of Baden-Württemberg"), H("Klaus Vogel", "Minister-President of Baden-Württemberg")], []),
    ("Thuringian state premier Jens Richter lost a confidence vote.",
     [O("Minister-President of Thuringia"), H("Jens Richter", "Minister-President of Thuringia")], []),
    # -- Spanish communities ---------------------------------------------------------------------------------
    ("Catalan regional president Jordi Puig calls a referendum.",
     [O("President of Catalonia"), H("Jordi Puig", "President of Catalonia")],
     [H("Jordi Puig", "President of Spain")]),
    ("Andalusia's regional president Elena Marín called an early election.",
     [O("President of Andalusia"), H("Elena Marín", "President of Andalusia")], []),
    ("Galicia regional president Alberto Núñez Rey won an absolute majority.",
     [O("President of Galicia"), W("Alberto Núñez Rey", "President of Galicia")], [], GAP),  # "won a majority"
    ("The Basque regional president, Iñigo Ortiz, met the king in Madrid.",
     [O("President of the Basque Country"), H("Iñigo Ortiz", "President of the Basque Country")], []),
    # -- Canadian provinces and Australian states -------------------------------------------------------------
    ("Ontario's provincial premier Mark Dell called an early election.",
     [O("Premier of Ontario"), H("Mark Dell", "Premier of Ontario")], []),
    ("Alberta Premier Dana Smithers won a majority on Monday.",
     [O("Premier of Alberta"), W("Dana Smithers", "Premier of Alberta")], [], GAP),  # "won a majority": no office won
    ("Quebec's premier, Luc Gagnon, called for a new referendum.",
     [O("Premier of Quebec"), H("Luc Gagnon", "Premier of Quebec")], []),
    ("British Columbia provincial premier Ann Weller toured the flooded valley.",
     [O("Premier of British Columbia"), H("Ann Weller", "Premier of British Columbia")], []),
    ("Victorian state premier Dan Albright announced a lockdown in Melbourne.",
     [O("Premier of Victoria"), H("Dan Albright", "Premier of Victoria")], []),
    ("Queensland's state premier Anna Pike conceded defeat.",
     [O("Premier of Queensland"), H("Anna Pike", "Premier of Queensland")], []),
    # -- India's chief ministers, Scotland's and Wales's first ministers --------------------------------------
    ("Karnataka Chief Minister Ravi Kumar inaugurated the metro line in Bengaluru.",
     [O("Chief Minister of Karnataka"), H("Ravi Kumar", "Chief Minister of Karnataka")], []),
    ("Tamil Nadu's chief minister Ravi Kumar announced free bus travel for women.",
     [O("Chief Minister of Tamil Nadu"), H("Ravi Kumar", "Chief Minister of Tamil Nadu")], []),
    ("West Bengal state chief minister Mamta Sen won a third term.",
     [O("Chief Minister of West Bengal"), W("Mamta Sen", "Chief Minister of West Bengal")], [], GAP),  # "won a term"
    ("Uttar Pradesh's state chief minister Ravi Kumar laid the foundation stone.",
     [O("Chief Minister of Uttar Pradesh"), H("Ravi Kumar", "Chief Minister of Uttar Pradesh")], []),
    ("Scotland's First Minister Fiona Reid resigned on Monday.",
     [O("First Minister of Scotland"), H("Fiona Reid", "First Minister of Scotland")], []),
    ("Welsh First Minister Owen Price set out his programme.",
     [O("First Minister of Wales"), H("Owen Price", "First Minister of Wales")], []),
    # -- Nigerian and Mexican governors ----------------------------------------------------------------------
    ("Lagos State Governor Musa Adeyemi signed the budget into law.",
     [O("Governor of Lagos State"), H("Musa Adeyemi", "Governor of Lagos State")], []),
    ("Kano state governor Musa Danladi sacked two commissioners.",
     [O("Governor of Kano State"), H("Musa Danladi", "Governor of Kano State")], []),
    ("Jalisco's state governor Pablo Ortega announced new security measures.",
     [O("Governor of Jalisco"), H("Pablo Ortega", "Governor of Jalisco")], []),
    ("Nuevo León Governor Pablo Ortega won the state election.",
     [O("Governor of Nuevo León"), W("Pablo Ortega", "Governor of Nuevo León")], []),
    # -- a "City, State," or "City, Country," pair: the city's office ------------------------------------------
    ("Kent, Washington, elects Dana Ralston as mayor.",
     [O("Mayor of Kent"), W("Dana Ralston", "Mayor of Kent")], [W("Dana Ralston", "Mayor of Washington, D.C.")]),
    ("Voters in Springfield, Illinois, elected Tom Bakely as mayor on Tuesday.",
     [O("Mayor of Springfield"), W("Tom Bakely", "Mayor of Springfield")], []),
    ("Voters in Columbus, Georgia, elected Ellen Marsh as mayor.",
     [O("Mayor of Columbus"), W("Ellen Marsh", "Mayor of Columbus")], [W("Ellen Marsh", "Mayor of Tbilisi")]),
    ("Voters in Jackson, Mississippi, elect Chidi Okafor Lumba mayor.",
     [O("Mayor of Jackson"), W("Chidi Okafor Lumba", "Mayor of Jackson")], []),
    ("Jackson, Mississippi, Mayor Ray Dunmore won re-election.",
     [O("Mayor of Jackson"), W("Ray Dunmore", "Mayor of Jackson")], [W("Ray Dunmore", "Mayor")], GAP),  # no "in" before the KB's unknown town
    ("Toledo, Ohio, Mayor Nora Quill won re-election on Tuesday.",
     [O("Mayor of Toledo"), W("Nora Quill", "Mayor of Toledo")], [W("Nora Quill", "Mayor")]),
    ("Birmingham, Alabama, elected Ray Dunmore as mayor.",
     [O("Mayor of Birmingham"), W("Ray Dunmore", "Mayor of Birmingham")], []),
    ("Lyon, France, elects Ana Ruiz as mayor.", [O("Mayor of Lyon"), W("Ana Ruiz", "Mayor of Lyon")], []),
    ("Voters in Marseille, France, re-elected Ana Ruiz as mayor.",
     [O("Mayor of Marseille"), W("Ana Ruiz", "Mayor of Marseille")], [W("Ana Ruiz", "Mayor of Paris")]),
    ("Recife, Brazil, elected João Campos Lima as mayor.",
     [O("Mayor of Recife"), W("João Campos Lima", "Mayor of Recife")], []),
    ("Mayor Ana Ruiz of Porto Alegre, Brazil, declared an emergency over the floods.",
     [O("Mayor of Porto Alegre"), H("Ana Ruiz", "Mayor of Porto Alegre")], [H("Ana Ruiz", "Mayor of Brasília")]),
    ("Voters in Reno, Nevada, chose Lisa Crane as their new mayor.",
     [O("Mayor of Reno"), W("Lisa Crane", "Mayor of Reno")], []),
    ("Guadalajara, Mexico, elects Pablo Ortega as mayor.",
     [O("Mayor of Guadalajara"), W("Pablo Ortega", "Mayor of Guadalajara")], []),
    # -- near misses: the country's office, a company's or a party's post, no holder -------------------------
    ("Italian President Sergio Galli met Lombardy's regional president Marco Bellini in Milan.",
     [O("President of Italy"), O("President of Lombardy"), H("Sergio Galli", "President of Italy"),
      H("Marco Bellini", "President of Lombardy")],
     [H("Marco Bellini", "President of Italy"), H("Sergio Galli", "President of Lombardy")]),
    ("Italy's president Sergio Galli visited Lombardy on Monday.",
     [O("President of Italy"), H("Sergio Galli", "President of Italy")], [H("Sergio Galli", "President of Lombardy")]),
    ("Spanish Prime Minister Pedro Sanz rejected the Catalan regional president's demands.",
     [O("Prime Minister of Spain"), O("President of Catalonia"), H("Pedro Sanz", "Prime Minister of Spain")],
     [H("Pedro Sanz", "President of Catalonia")]),
    ("German Chancellor Olaf Brandt met the Bavarian state premier in Munich.",
     [O("Chancellor of Germany"), O("Minister-President of Bavaria"), H("Olaf Brandt", "Chancellor of Germany")],
     [H("Olaf Brandt", "Minister-President of Bavaria")]),
    ("Washington imposed new sanctions, the mayor of Kent, Dana Ralston, said.",
     [O("Mayor of Kent"), H("Dana Ralston", "Mayor of Kent")], [H("Dana Ralston", "Mayor of Washington, D.C.")]),
    ("Washington warned Ontario's premier, Mark Dell, against new tariffs.",
     [O("Premier of Ontario"), H("Mark Dell", "Premier of Ontario")], [H("Mark Dell", "Governor of Washington")]),
    ("Ana Ruiz, the regional director of the company in Catalonia, resigned on Monday.", [],
     [H("Ana Ruiz")]),
    ("Ravi Kumar, the regional manager of a bank in Karnataka, was arrested.", [], [H("Ravi Kumar")]),
    ("The party's state president in Karnataka, Ravi Kumar, resigned on Friday.", [],
     [H("Ravi Kumar", "President of India"), H("Ravi Kumar", "Chief Minister of Karnataka")]),
    ("Marco Bellini, regional president of the farmers' union in Lombardy, called a strike.", [],
     [H("Marco Bellini", "President of Lombardy"), H("Marco Bellini", "President of Italy")]),
    ("Spain's 17 regional presidents met in Madrid on Friday.", [],
     [dict(predicate="holds_office"), O("President of Spain")]),
    ("The regional election in Bavaria drew a record turnout on Sunday.", [],
     [dict(predicate="holds_office"), O("President of Germany")]),
    ("Klaus Vogel, a regional sales president at a Munich car maker, retired.", [],
     [H("Klaus Vogel")]),
    ("Voters in Kent, England, go to the polls for the county council.", [],
     [O("Mayor of Kent"), O("Mayor of Washington, D.C.")]),
    ("Washington and Ottawa agreed on a new trade deal on Monday.", [], [dict(predicate="office")]),
    ("Kent, Washington, sued the state over its budget on Monday.", [], [dict(predicate="office")]),
    ("A provincial official, Ana Ruiz, said the road to Kandahar was closed.", [], [H("Ana Ruiz")]),
    ("Ravi Kumar, the Karnataka state president of the Congress party, resigned.", [],
     [H("Ravi Kumar", "President of India"), H("Ravi Kumar", "Chief Minister of Karnataka")]),
    ("Lyon, France, hosted the summit, where French President Marc Giraud spoke.",
     [O("President of France"), H("Marc Giraud", "President of France")], [O("Mayor of Lyon")]),
    ("The Catalan president of the football club, Jordi Puig, resigned on Monday.", [],
     [H("Jordi Puig", "President of Catalonia"), H("Jordi Puig", "President of Spain")]),
    # (added after the fix, from probing it: an autonomous region the KB keeps as a country, a country's demonym)
    ("Iraqi Kurdistan's regional president Omar Hassan met the Turkish president.",
     [O("President of the Kurdistan Region"), H("Omar Hassan", "President of the Kurdistan Region")],
     [H("Omar Hassan", "President of Iraq")]),
    ("French regional president Claire Dumont launched her campaign on Monday.", [],
     [H("Claire Dumont", "President of France")]),
]


def _rows(nlp, text: str) -> list[dict]:
    doc = lead_doc(nlp, text, ANCHOR)
    entity = lambda s: s._.entity if s is not None else None  # noqa: E731
    rows = [dict(predicate=f.predicate, subject=entity(f.subject), obj=entity(f.object), qualifier=f.qualifier)
            for f in doc._.facts if f.predicate in SCORED]
    return rows + [dict(predicate="office", subject=s.text, obj=s._.entity) for s in doc.spans["mentions"]
                   if s.label_ == "OFFICE"]


@pytest.mark.parametrize("text, wanted, unwanted", lead_params(LEADS))
def test_subnational_leads(nlp, text, wanted, unwanted):
    check_lead(_rows(nlp, text), wanted, unwanted)


def test_score_printed(nlp, capsys):
    print_table_score("subnational leads", lambda text: _rows(nlp, text), LEADS, capsys)
