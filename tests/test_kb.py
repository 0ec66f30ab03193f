"""pipeline.nlp.kb: name folding, derived ids, and loading/validating the knowledge base files."""
from __future__ import annotations

import pytest
from conftest import FIXTURES, MODELS

from pipeline.errors import DataError
from pipeline.nlp.kb import Entity, KnowledgeBase, entity_id, fold, load_kb, slug

BROKEN = FIXTURES / "models_broken" / "kb"


@pytest.fixture(scope="module")
def kb():
    return load_kb(sorted((MODELS / "kb").glob("*.jsonl")))


# -- folding and ids ----------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "a, b",
    [
        ("Boris Tadić", "Boris Tadic"),
        ("Recep Tayyip Erdoğan", "Recep Tayyip Erdogan"),
        ("Évariste Ndayishimiye", "Evariste Ndayishimiye"),
        ("KASIM REED", "kasim reed"),
        ("Jean-Marie Le Pen", "Jean Marie Le Pen"),
        ("Reed's", "Reed"),
        ("Reed’s", "Reed"),
        ("  Kasim \t  Reed ", "Kasim Reed"),
        ("Kasim\u00a0Reed", "Kasim Reed"),
        ("U.S.", "U S"),
        pytest.param("Lech Wałęsa", "Lech Walesa"),
        pytest.param("Milo Đukanović", "Milo Dukanovic"),
        pytest.param("Binali Yıldırım", "Binali Yildirim"),
    ],
)
def test_kb_fold_equates_spellings(a, b):
    assert fold(a) == fold(b)


def _fold_in_full(text: str) -> str:
    """:func:`fold` as written before its ASCII shortcut: every text through NFKD and the combining-mark filter."""
    import re
    import unicodedata

    from pipeline.nlp.kb import _UNDECOMPOSABLE
    text = unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSABLE))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower().replace("’", "'")
    return re.sub(r"\s+", " ", re.sub(r"[^\w]+", " ", re.sub(r"'s\b", "", text))).strip()


def _word_key_in_full(text: str) -> str:
    """:func:`word_key` as written before its ASCII shortcut."""
    import re
    import unicodedata
    text = unicodedata.normalize("NFC", text).lower().replace("’", "'")
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s]+", " ", text)).strip()


@pytest.mark.parametrize("text", [
    "Kasim Reed", "KASIM  REED's", "Reed's  ", "U.S.", "al-Sabah", "O'Neill", "a_b c", "\tx\n y", "St. Lucia",
    "'s", "Ján", "Reed’s", "Kasim\u00a0Reed", "Lech Wałęsa", "ﬁnal", "Ⅻ", "x\u2003y", "Æsir", "Erdoğan's",
    "“Quoted”",
])
def test_kb_fold_ascii_shortcut_changes_no_key(text):
    from pipeline.nlp.kb import word_key
    assert fold.__wrapped__(text) == _fold_in_full(text)
    assert word_key.__wrapped__(text) == _word_key_in_full(text)


@pytest.mark.parametrize(
    "a, b",
    [
        ("Kasim Reed", "Kasim Reeds"),
        ("Georgia", "Georgian"),
        ("Mary Norwood", "Mary Norwod"),
        ("Reed", "Reeds"),
    ],
)
def test_kb_fold_keeps_different_names_apart(a, b):
    assert fold(a) != fold(b)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Kasim Reed", "kasim-reed"),
        ("Boris Tadić", "boris-tadic"),
        ("Mayor of Atlanta", "mayor-of-atlanta"),
        ("Jean-Marie Le Pen", "jean-marie-le-pen"),
        ("Reed's  campaign", "reed-campaign"),
        ("snake_case name", "snake-case-name"),
        ("  --Atlanta--  ", "atlanta"),
    ],
)
def test_kb_slug(text, expected):
    assert slug(text) == expected


@pytest.mark.parametrize(
    "label, name, expected",
    [
        ("PERSON", "Kasim Reed", "person:kasim-reed"),
        ("PERSON", "Boris Tadić", "person:boris-tadic"),
        ("PERSON", "Boris Tadic", "person:boris-tadic"),
        ("OFFICE", "Mayor of Atlanta", "office:mayor-of-atlanta"),
        ("GPE", "Fulton County", "gpe:fulton-county"),
        ("ORG", "Fulton County Registrations and Elections", "org:fulton-county-registrations-and-elections"),
    ],
)
def test_kb_entity_id(label, name, expected):
    assert entity_id(label, name) == expected


# -- the project's knowledge base ---------------------------------------------------------------------------

@pytest.mark.parametrize(
    "start, chain",
    [
        ("gpe:atlanta", ["gpe:atlanta", "gpe:georgia-us", "gpe:united-states"]),
        ("gpe:fulton-county-ga", ["gpe:fulton-county-ga", "gpe:georgia-us", "gpe:united-states"]),
        ("gpe:georgia", ["gpe:georgia"]),
        ("gpe:tbilisi", ["gpe:tbilisi", "gpe:georgia"]),
    ],
)
def test_kb_ancestors_chain(kb, start, chain):
    assert [e.id for e in kb.ancestors(kb.get(start))] == chain


@pytest.mark.parametrize(
    "start, level, expected",
    [
        ("gpe:atlanta", "city", "gpe:atlanta"),
        ("gpe:atlanta", "state", "gpe:georgia-us"),
        ("gpe:atlanta", "country", "gpe:united-states"),
        ("gpe:atlanta", "county", None),  # the city's record names its state, not a county
        ("gpe:fulton-county-ga", "county", "gpe:fulton-county-ga"),
        ("gpe:georgia-us", "country", "gpe:united-states"),
        ("gpe:georgia-us", "city", None),
        ("gpe:tbilisi", "country", "gpe:georgia"),
    ],
)
def test_kb_at_level(kb, start, level, expected):
    found = kb.at_level(kb.get(start), level)
    assert (found.id if found else None) == expected


@pytest.mark.parametrize(
    "label, alias, expected",
    [
        ("GPE", "Georgia", {"gpe:georgia", "gpe:georgia-us"}),
        ("GPE", "georgia", {"gpe:georgia", "gpe:georgia-us"}),
        ("GPE", "Ga.", {"gpe:georgia-us"}),
        ("GPE", "Atlanta", {"gpe:atlanta"}),
        ("GPE", "U.S.", {"gpe:united-states"}),
        ("PERSON", "Kasim Reed", {"person:kasim-reed"}),
        ("ORG", "Fulton County Registrations and Elections office",
         {"org:fulton-county-registrations-and-elections"}),
        # negatives: wrong label, unknown name
        ("PERSON", "Georgia", set()),
        ("GPE", "Kasim Reed", set()),
        ("GPE", "Atlantis", set()),
    ],
)
def test_kb_lookup(kb, label, alias, expected):
    assert {e.id for e in kb.lookup(label, alias)} == expected


def test_kb_lookup_georgia_types(kb):
    assert sorted(e.type for e in kb.lookup("GPE", "Georgia")) == ["country", "state"]


def _party_kb() -> KnowledgeBase:
    kb = KnowledgeBase()
    for id_, name, aliases, type_ in [
        ("org:harvest-party-ruritania", "Harvest Party (Ruritania)", (), "political_party"),
        ("org:harvest-party-florin", "Harvest Party (Florin)", ("Harvesters",), "political_party"),
        ("org:river-party", "River Party", ("Riverists",), "political_party"),
        ("org:harvest-bank", "Harvest Bank (Florin)", (), "bank"),
        ("org:dawn-union", "Dawn Union", (), "trade_union"),
    ]:
        kb.add(Entity(id=id_, label="ORG", name=name, aliases=aliases, type=type_))
    return kb


@pytest.mark.parametrize(
    "name, expected",
    [
        ("River Party", ["org:river-party"]),                      # a party by its own name
        ("Riverists", ["org:river-party"]),                        # ... or an alias
        ("Harvesters", ["org:harvest-party-florin"]),
        ("Harvest Party (Ruritania)", ["org:harvest-party-ruritania"]),
        # a name without its qualifier is every party it names
        ("Harvest Party", ["org:harvest-party-ruritania", "org:harvest-party-florin"]),
        ("harvest  party", ["org:harvest-party-ruritania", "org:harvest-party-florin"]),
        ("Harvest Bank", []),                                      # the qualifier index holds parties only
        ("Dawn Union", []),                                        # an organisation that is no party
        ("Sunrise Party", []),
    ],
)
def test_kb_parties(name, expected):
    assert [e.id for e in _party_kb().parties(name)] == expected


def test_kb_division_is_a_code(tmp_path):
    """A city's ``division`` (the ISO code of the division it stands for) is a string; the compiled gazetteer gives
    one to cities of sources/city_divisions.tsv only."""
    path = tmp_path / "places.jsonl"
    path.write_text('{"id": "gpe:velmar", "label": "GPE", "name": "Velmar", "type": "city", "division": 5}\n',
                    encoding="utf-8")
    with pytest.raises(DataError, match="field 'division' has the wrong type"):
        load_kb([path])
    from conftest import MODELS

    places = load_kb([MODELS / "kb" / "places.jsonl"])
    assert places.get("gpe:jakarta").division == "ID-JK" and places.get("gpe:surabaya").division is None
    assert all(e.type == "city" for e in places.entities.values() if e.division is not None)


def test_kb_get_unknown_is_none(kb):
    assert kb.get("gpe:atlantis") is None and kb.get(None) is None


# -- broken files -------------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "name, line, message",
    [
        ("not_json.jsonl", 2, "not valid JSON"),
        ("missing_name.jsonl", 2, "'name' is required"),
        ("unknown_label.jsonl", 2, "label 'LOC' is not one of"),
        ("unknown_field.jsonl", 2, "unknown field 'typ'"),
        ("duplicate_id.jsonl", 3, "duplicate entity id 'gpe:georgia-us'"),
        ("part_of_unknown.jsonl", 2, "part_of 'gpe:georgia-us' is not in the knowledge base"),
        ("part_of_cycle.jsonl", 2, "part_of forms a cycle"),
        ("part_of_self.jsonl", 2, "part_of forms a cycle"),
        pytest.param("alias_not_string.jsonl", 2, "aliases"),
    ],
)
def test_kb_broken_file_names_file_and_line(name, line, message):
    with pytest.raises(DataError) as e:
        load_kb([BROKEN / name])
    assert f"{name}:{line}:" in str(e.value)
    assert message in str(e.value)
