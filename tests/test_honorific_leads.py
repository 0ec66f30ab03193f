"""Styles and honorifics before a name as news outside the US writes them: a challenge table of invented leads.

Each row is an invented lead (invented people, real countries and offices) in the wording of a country's press: the
British style without a full stop ("Mr Tom Hale", "Ms", "Mrs", "Dr", "Prof"), "Sir" and "Dame", "the Rt Hon",
Malaysia's "Datuk", "Dato'", "Dato Sri", "Datuk Seri" and "Tan Sri", Nigeria's and Ghana's "Alhaji", "Chief", "Engr.",
"Barr.", "Prof.", "Hon", Kenya's "Hon", "Bishop" and "Pastor" where they style a candidate, a judge's "Justice". Each
gives the ``won``, ``defeated``, ``candidate`` and ``holds_office`` rows it must (the person named without the style,
the title before the style still titling the name, the candidacy cue still naming it) and those it must not. Near
misses: a style that is a title or office itself ("Chief Justice", "Justice Minister", "Chief Executive"), a judge
styled "Justice" who holds no elected office, a pastor or a bishop at prayers, a brand or a company ("Dr Pepper",
"Dr. Reddy's"), a comic character ("Mr Bean"), a surname or first name that is also a syllable of a style ("Tan
Cheng Lim", "Sri Wahyuni"). Rows the pipeline does not read yet are ``GAP`` (strict xfails); ``score`` counts the
table's tp/fp/fn. Round 30 (honor30): main ae8ce44 passed 45 of its 81 rows (tp/fp/fn 65/27/45); with the styles of
qualifiers.tsv (``honorific``, a two-word style one phrase), person_cues.tsv, non_names.tsv, Malaysia's "Dato'" one
token and a title that may end at any style's start ("Governor-General Sir X": common.honorific_starts), all but the
four GAP rows pass (106/3/4).
"""
from __future__ import annotations

import pytest
from conftest import GAP, check_lead, held_row, lead_params, lead_rows, print_table_score

ANCHOR = "2024-06-01"
#: The predicates the table scores.
SCORED = ("won", "defeated", "candidate", "holds_office")


def W(subject, obj=None, **extra):  # noqa: N802 - a table's row builder
    return dict(predicate="won", subject=subject, **({"obj": obj} if obj is not None else {}), **extra)


def D(subject, obj, **extra):  # noqa: N802
    return dict(predicate="defeated", subject=subject, obj=obj, **extra)


def C(subject, obj=None, **extra):  # noqa: N802
    return dict(predicate="candidate", subject=subject, **({"obj": obj} if obj is not None else {}), **extra)


def H(subject, obj=None, **extra):  # noqa: N802
    return dict(predicate="holds_office", subject=subject, **({"obj": obj} if obj is not None else {}), **extra)


#: (lead, rows it must give, rows it must not give[, GAP]).
LEADS = [
    # -- Britain: Mr, Mrs, Ms, Dr without a full stop; Sir, Dame, the Rt Hon -------------------------------------
    ("Labour candidate Mr Tom Hale won the Bolton North by-election on Thursday.",
     [C("Tom Hale"), W("Tom Hale")], [W("Mr Tom Hale")]),
    ("Mr Tom Hale, the Liberal Democrat candidate, defeated Mrs Jane Corby by 312 votes.",
     [C("Tom Hale"), C("Jane Corby"), D("Tom Hale", "Jane Corby"), W("Tom Hale")], []),
    ("Mr Hale, the Labour candidate, won 52 per cent of the vote.", [C("Hale"), W("Hale")], []),
    ("Scottish First Minister Ms Morag Kerr called an early election on Tuesday.",
     [H("Morag Kerr", "First Minister of Scotland")], []),
    ("Britain's former Prime Minister Sir Tom Hale endorsed the Labour candidate.",
     [H("Tom Hale", "Prime Minister of the United Kingdom", qualifier="former")], []),
    ("Labour leader Sir Tom Hale won a landslide victory on Thursday.",
     [H("Tom Hale", "Leader of the Labour Party"), W("Tom Hale")], []),
    ("Conservative candidate Dame Priya Vance held the Witham seat with a reduced majority.", [C("Priya Vance")], []),
    ("Mrs Jane Corby, the Conservative MP for Witham, announced her retirement.",
     [H("Jane Corby", "Member of Parliament for Witham")], []),
    ("London Mayor Mr Omar Rahman won a third term on Friday.",
     [H("Omar Rahman", "Mayor of London"), W("Omar Rahman", "Mayor of London")], []),
    ("Welsh Labour leader Mr Rhodri Evans was elected First Minister of Wales on Wednesday.",
     [H("Rhodri Evans", "Leader of Welsh Labour"), W("Rhodri Evans", "First Minister of Wales")], []),
    ("Green candidate Dr Ana Ruiz won the Brighton Pavilion seat.",
     [C("Ana Ruiz", "Member of Parliament for Brighton Pavilion"),
      W("Ana Ruiz", "Member of Parliament for Brighton Pavilion")], []),
    ("The Rt Hon Tom Hale won the Bolton North seat.", [W("Tom Hale")], []),
    ("Britain's Prime Minister Rt Hon Sir Tom Hale called a general election.",  # "Rt Hon" one style, "Sir" another
     [H("Tom Hale", "Prime Minister of the United Kingdom")], []),
    ("Ms Ana Ruiz was elected mayor of Lyon on Sunday.", [W("Ana Ruiz", "Mayor of Lyon")], []),
    # -- Australia and New Zealand ------------------------------------------------------------------------------
    # a holder's "won a second term" is read as no win, with the style or without ("London Mayor X won a third term"
    # is): a GAP of its own, not the style's
    ("New Zealand's Prime Minister Ms Kiri Walden won a second term on Saturday.",
     [H("Kiri Walden", "Prime Minister of New Zealand"), W("Kiri Walden", "Prime Minister of New Zealand")], [], GAP),
    ("Queensland Premier Mr Dan Corrigan won a third term on Saturday.",
     [H("Dan Corrigan", "Premier of Queensland"), W("Dan Corrigan", "Premier of Queensland")], [], GAP),
    ("Victorian Premier Ms Anna Kerr called a state election for November.",
     [H("Anna Kerr", "Premier of Victoria")], []),
    ("Liberal candidate Dr Sophie Lane won the seat of Kooyong.", [C("Sophie Lane"), W("Sophie Lane")], []),
    ("Prime Minister Mr Mark Dell of Australia called a federal election for May.",
     [H("Mark Dell", "Prime Minister of Australia")], []),
    # a title whose last word is a style's too ("General"): the title ends there, the style after it is the name's
    ("Australia's Governor-General Sir Mark Dell swore in the new ministry.",
     [H("Mark Dell", "Governor-General of Australia")], []),
    ("New Zealand's Governor-General Dame Kiri Walden opened the new parliament.",
     [H("Kiri Walden", "Governor-General of New Zealand")], []),
    ("Kenya's Attorney General Dr. Ana Ruiz filed the petition.", [H("Ana Ruiz", "Attorney General of Kenya")], []),
    ("Nigeria's Attorney General Mr Musa Danladi filed the charges.",
     [H("Musa Danladi", "Attorney General of Nigeria")], []),
    # -- Malaysia and Singapore: Datuk, Dato', Dato Sri, Datuk Seri, Tan Sri -------------------------------------
    ("Datuk Razif Hamdan, the Barisan Nasional candidate, won the Tambun seat.",
     [C("Razif Hamdan", "Member of Parliament for Tambun"), W("Razif Hamdan", "Member of Parliament for Tambun")],
     [C("Datuk Razif Hamdan")]),
    ("Malaysian Prime Minister Datuk Seri Razif Hamdan won the Tambun seat on Saturday.",
     [H("Razif Hamdan", "Prime Minister of Malaysia"), W("Razif Hamdan", "Member of Parliament for Tambun")],
     [W("Razif Hamdan", "Prime Minister of Malaysia")]),
    ("Tan Sri Razif Hamdan was sworn in as Malaysia's prime minister on Sunday.",
     [H("Razif Hamdan", "Prime Minister of Malaysia")], []),
    ("Pakatan Harapan candidate Dato' Sri Amirul Hakim defeated Datuk Lim Wei Ming in Bentong.",
     [C("Amirul Hakim"), C("Lim Wei Ming"), D("Amirul Hakim", "Lim Wei Ming"), W("Amirul Hakim")],
     [C("Dato"), C("Sri Amirul Hakim"), C("Datuk Lim Wei Ming")]),
    ("Dato’ Amirul Hakim, the Umno candidate, retained the Pekan seat.",
     [C("Amirul Hakim"), W("Amirul Hakim", "Member of Parliament for Pekan")], [C("Dato")]),
    ("Dato Sri Amirul Hakim, the Umno candidate, won the Pekan seat with a majority of 12,000 votes.",
     [C("Amirul Hakim", "Member of Parliament for Pekan"), W("Amirul Hakim", "Member of Parliament for Pekan")], []),
    ("Malaysia's Deputy Prime Minister Datuk Seri Amirul Hakim opened the new terminal on Monday.",
     [H("Amirul Hakim", "Deputy Prime Minister of Malaysia")], []),
    ("Sabah Chief Minister Datuk Joseph Liew dissolved the state assembly on Thursday.",
     [H("Joseph Liew", "Chief Minister of Sabah")], []),
    ("Penang Chief Minister Mr Lim Wei Ming opened the new bridge on Monday.",
     [H("Lim Wei Ming", "Chief Minister of Penang")], []),
    ("Malaysia's former Prime Minister Tan Sri Razif Hamdan endorsed the Perikatan Nasional candidate.",
     [H("Razif Hamdan", "Prime Minister of Malaysia", qualifier="former")], []),
    # Menteri Besar, a Malay state's head of government, is no role yet (roles.jsonl): not the style's GAP
    ("Selangor Menteri Besar Dato' Sri Amirul Hakim dissolved the state assembly.",
     [H("Amirul Hakim", "Menteri Besar of Selangor")], [], GAP),
    # "Tan", "Sri" alone open names: no style, after a title too
    ("Tan Cheng Lim, the PAP candidate, won the seat.", [C("Tan Cheng Lim"), W("Tan Cheng Lim")],
     [W("Cheng Lim")]),
    ("Singapore's Deputy Prime Minister Tan Cheng Lim opened the new MRT line.",
     [H("Tan Cheng Lim", "Deputy Prime Minister of Singapore")], [H("Cheng Lim")]),
    ("Indonesian Finance Minister Sri Wahyuni announced a budget cut.",
     [H("Sri Wahyuni", "Minister of Finance of Indonesia")], [H("Wahyuni")]),
    ("Indonesian Finance Minister Sri Wahyuni Indah announced a budget cut.",
     [H("Sri Wahyuni Indah", "Minister of Finance of Indonesia")], [H("Wahyuni Indah")]),
    # -- Nigeria: Alhaji, Chief, Engr., Barr., Prof, Senator + style --------------------------------------------
    ("Kano governor Alhaji Musa Danladi was re-elected on Sunday.",
     [H("Musa Danladi", "Governor of Kano"), W("Musa Danladi", "Governor of Kano")], [W("Alhaji Musa Danladi")]),
    ("APC candidate Engr. Musa Danladi defeated PDP's Alhaji Sani Bako in the Kaduna governorship election.",
     [C("Musa Danladi", "Governor of Kaduna"), C("Sani Bako", "Governor of Kaduna"), D("Musa Danladi", "Sani Bako"),
      W("Musa Danladi", "Governor of Kaduna")], [C("Engr"), C("Alhaji Sani Bako")]),
    ("Former Ogun governor Chief Tunde Adeyemi endorsed the APC candidate.",
     [H("Tunde Adeyemi", "Governor of Ogun State", qualifier="former")], []),
    ("Chief Tunde Adeyemi won the Ogun governorship election.", [W("Tunde Adeyemi", "Governor of Ogun State")], []),
    ("Barr. Emeka Obi, the Labour Party candidate, conceded defeat on Monday.", [C("Emeka Obi")], [C("Barr")]),
    ("Senator Alhaji Musa Danladi won the APC governorship primary in Kano.",
     [H("Musa Danladi", "Member of the Senate of Nigeria")], []),
    ("Nigerian Senator Prof. Ayo Balogun won the APC governorship primary in Ekiti.",
     [H("Ayo Balogun", "Member of the Senate of Nigeria")], []),
    ("Prof Ayo Balogun, the APC candidate, won the Ekiti governorship election.",
     [C("Ayo Balogun", "Governor of Ekiti State"), W("Ayo Balogun", "Governor of Ekiti State")], []),
    ("Lagos governor Mr Babatunde Cole signed the budget on Friday.",
     [H("Babatunde Cole", "Governor of Lagos")], []),
    # a bare "governorship" placed by a later "in Sokoto" is lost when any style stands between the cue and the name
    # ("Dr." alike); "Kano governorship candidate Alhaji X" is read
    ("PDP governorship candidate Alhaji Sani Bako conceded defeat in Sokoto.",
     [C("Sani Bako", "Governor of Sokoto")], [], GAP),
    ("Kano governorship candidate Alhaji Sani Bako conceded defeat.", [C("Sani Bako", "Governor of Kano")], []),
    ("Alhaji Sani Bako of the PDP polled 312,000 votes to win the Sokoto governorship election.",
     [C("Sani Bako", "Governor of Sokoto"), W("Sani Bako", "Governor of Sokoto")], []),
    ("Engr. Chinedu Okafor was declared winner of the Anambra governorship election by INEC.",
     [W("Chinedu Okafor", "Governor of Anambra State")], [W("Engr")]),
    ("Chief Executive Tom Hale of Acme Bank resigned on Monday.", [], [H("Tom Hale")]),
    # -- Ghana ----------------------------------------------------------------------------------------------------
    ("NDC flagbearer Dr Kofi Mensah won Ghana's presidential election.",
     [C("Kofi Mensah", "President of Ghana"), W("Kofi Mensah", "President of Ghana")], []),
    ("Ghana's Vice President Alhaji Yakubu Issah opened the trade fair.",
     [H("Yakubu Issah", "Vice President of Ghana")], []),
    ("Ghana's Vice President Alhaji Dr Yakubu Issah opened the trade fair.",  # two styles
     [H("Yakubu Issah", "Vice President of Ghana")], []),
    ("Former President Dr Kofi Mensah of Ghana endorsed the NPP candidate.",
     [H("Kofi Mensah", "President of Ghana", qualifier="former")], []),
    ("Alhaji Yakubu Issah, the NPP parliamentary candidate for Tamale Central, conceded defeat.",
     [C("Yakubu Issah")], [C("Alhaji Yakubu Issah")]),
    # -- Kenya: Hon, Dr, Bishop, Pastor; a judge's Justice -------------------------------------------------------
    ("Kiambu Governor Dr Peter Kamau launched a road project on Monday.",
     [H("Peter Kamau", "Governor of Kiambu County")], []),
    ("Hon Peter Kamau, the ODM candidate, won the Kisumu West seat.",
     [C("Peter Kamau", "Member of Parliament for Kisumu West"),
      W("Peter Kamau", "Member of Parliament for Kisumu West")], []),
    ("Bishop Peter Mbugua, the UDA candidate, won the Nyeri senate seat.", [C("Peter Mbugua"), W("Peter Mbugua")],
     []),
    ("UDA candidate Bishop Peter Mbugua won the Nyeri senate seat.", [C("Peter Mbugua"), W("Peter Mbugua")], []),
    ("ODM candidate Hon. Peter Kamau won the Kisumu West seat.",
     [C("Peter Kamau", "Member of Parliament for Kisumu West"),
      W("Peter Kamau", "Member of Parliament for Kisumu West")], []),
    ("Pastor Ezekiel Odhiambo, an independent candidate, conceded defeat in the Kisumu governor race.",
     [C("Ezekiel Odhiambo", "Governor of Kisumu County")], [C("Pastor Ezekiel Odhiambo")]),
    ("Justice Ruth Wanjiru swore in Governor Peter Kamau of Nyeri County on Thursday.",
     [H("Peter Kamau", "Governor of Nyeri County")], [H("Ruth Wanjiru"), W("Ruth Wanjiru"), C("Ruth Wanjiru")]),
    ("Justice Mary Okafor of the High Court nullified the election of Governor Peter Kamau.", [],
     [H("Mary Okafor"), W("Mary Okafor"), C("Mary Okafor")]),
    ("Kenya's Chief Justice Ruth Wanjiru swore in President Daniel Okoro.",
     [H("Ruth Wanjiru", "Chief Justice of Kenya"), H("Daniel Okoro", "President of Kenya")],
     [H("Ruth Wanjiru", "President of Kenya")]),
    ("Justice Minister Ana Ruiz of Chile announced a review of sentencing.",
     [H("Ana Ruiz", "Minister of Justice of Chile")], []),
    ("Pastor Ezekiel Odhiambo led prayers at the rally in Kisumu.", [],
     [H("Ezekiel Odhiambo"), C("Ezekiel Odhiambo"), W("Ezekiel Odhiambo")]),
    ("Bishop Peter Mbugua of the Anglican Church urged calm after the election.", [],
     [H("Peter Mbugua"), C("Peter Mbugua"), W("Peter Mbugua")]),
    # -- India, Pakistan, the Gulf -----------------------------------------------------------------------------
    ("Karnataka Chief Minister Dr Ravi Kumar resigned on Monday.", [H("Ravi Kumar", "Chief Minister of Karnataka")],
     []),
    ("BJP candidate Dr Ravi Kumar won the Bangalore South seat by 40,000 votes.", [C("Ravi Kumar"), W("Ravi Kumar")],
     []),
    ("Pakistan's Prime Minister Mr Imran Qureshi dissolved the National Assembly.",
     [H("Imran Qureshi", "Prime Minister of Pakistan")], []),
    ("PTI candidate Mr Imran Qureshi defeated PML-N's Mr Asif Malik in Lahore.",
     [C("Imran Qureshi"), C("Asif Malik"), D("Imran Qureshi", "Asif Malik"), W("Imran Qureshi")], []),
    ("Pakistan's Chief Justice Asif Malik administered the oath.", [H("Asif Malik", "Chief Justice of Pakistan")], []),
    ("Kuwait's Prime Minister Sheikh Ahmed bin Khalid resigned on Monday.",
     [H("Ahmed bin Khalid", "Prime Minister of Kuwait")], []),
    ("Sri Lanka's President Ana Ruiz won a second term.",
     [H("Ana Ruiz", "President of Sri Lanka"), W("Ana Ruiz", "President of Sri Lanka")], []),
    ("Congress candidate Prof. Ravi Kumar conceded defeat in Mysore.", [C("Ravi Kumar")], []),
    # -- near misses: no person, or not a person's style -------------------------------------------------------
    ("Mr Bean won the Bafta for best comedy series.", [], [W("Bean"), W("Mr Bean")]),
    ("Dr Pepper won a bigger share of the soda market.", [], [W("Pepper"), W("Dr Pepper")]),
    ("Dr. Reddy's Laboratories won approval for a generic drug.", [], [W("Reddy")]),
    ("Mr Price Group won the retail award for the third year running.", [], [W("Price"), W("Price Group")]),
]


def _rows(nlp, text: str) -> list[dict]:
    return lead_rows(nlp, text, ANCHOR, SCORED, held_row)


@pytest.mark.parametrize("text, wanted, unwanted", lead_params(LEADS))
def test_honorific_leads(nlp, text, wanted, unwanted):
    check_lead(_rows(nlp, text), wanted, unwanted)


def test_score_printed(nlp, capsys):
    print_table_score("honorific leads", lambda text: _rows(nlp, text), LEADS, capsys)
