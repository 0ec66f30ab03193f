"""People whose given name nam_dict lacks: a challenge table of invented leads.

The people are invented (real given names of Africa, the Arab world, Iran, South and Southeast Asia, the Pacific and
Latin America, which models/build/sources/first_names_extra.tsv adds to the first-name list; invented surnames), the
places and offices real. With no cue before or after it ("X said", "President X"), a name is read only where its given
name is listed: unknown, the name is cut ("Mahlangu" of "Sipho Mahlangu") or missed. Near misses: a listed given name
standing in a place's or a building's name ("Sheikh Zayed Road", "Burj Khalifa"), a word that is a given name too at a
sentence's start ("Faith leaders"), a place before a surname-like word.

Each row: a lead, the rows it must give (``P``: a PERSON mention's exact text; ``W``, ``C``, ``H``: won, candidate,
holds_office facts) and those it must not. ``GAP`` rows are strict xfails. ``score`` counts the table's tp/fp/fn.
"""
from __future__ import annotations

import pytest
from conftest import GAP, check_lead, lead_doc, lead_params, print_table_score, table_score

ANCHOR = "2024-05-20"
#: The predicates the table scores.
SCORED = ("holds_office", "won", "candidate")


def P(text):  # noqa: N802 - a table's row builder
    return dict(label="PERSON", text=text)


def W(subject, obj=None):  # noqa: N802
    return dict(predicate="won", subject=subject, **({"obj": obj} if obj is not None else {}))


def C(subject, obj=None):  # noqa: N802
    return dict(predicate="candidate", subject=subject, **({"obj": obj} if obj is not None else {}))


def H(subject, obj=None):  # noqa: N802
    return dict(predicate="holds_office", subject=subject, **({"obj": obj} if obj is not None else {}))


#: (lead, rows it must give, rows it must not give[, GAP]).
LEADS = [
    # -- West Africa -------------------------------------------------------------------------------------------------
    ("Supporters of Olusegun Adeyemo gathered in Ibadan as the results of the governorship election came in.",
     [P("Olusegun Adeyemo")], [P("Adeyemo")]),
    ("Turnout was low in Kano, where Rabiu Dankano of the New Nigeria Peoples Party was declared the winner.",
     [P("Rabiu Dankano")], [P("Dankano")]),
    ("Ghana's opposition said Kwabena Owusu-Mensah had been denied access to the collation centre in Kumasi.",
     [P("Kwabena Owusu-Mensah")], []),
    ("Observers praised Akosua Frimpong for her handling of the count in Tamale.",
     [P("Akosua Frimpong")], [P("Frimpong")]),
    ("The court in Dakar freed Bassirou Ndiaye ten days before the presidential election.",
     [P("Bassirou Ndiaye")], [P("Ndiaye")]),
    ("Many voters in Bamako said they would back Seydou Traoreba in the runoff.",
     [P("Seydou Traoreba"), C("Seydou Traoreba")], [P("Traoreba")]),
    ("Chukwuemeka Obiora won the Anambra governorship election, the electoral commission said on Sunday.",
     [P("Chukwuemeka Obiora"), W("Chukwuemeka Obiora")], [P("Obiora")]),
    ("Funmilayo Adesanya, a lawyer, will challenge the result at the tribunal in Abuja.",
     [P("Funmilayo Adesanya")], [P("Adesanya")]),
    ("Crowds cheered as Mahamudu Abubakari arrived at the rally in Tamale on Saturday.",
     [P("Mahamudu Abubakari")], []),
    # -- Central and East Africa -------------------------------------------------------------------------------------
    ("Opposition figure Mbusa Kalenga rejected the count in Goma.",
     [P("Mbusa Kalenga")], [P("Kalenga")]),
    ("Thousands turned out in Nyeri to hear Wanjiku Gathoni speak before the vote.",
     [P("Wanjiku Gathoni")], [P("Gathoni")]),
    ("The commission in Nairobi said Kalonzo Mwendwa had withdrawn from the race for governor.",
     [P("Kalonzo Mwendwa")], [P("Mwendwa")]),
    ("Addis Ababa residents queued for hours, and Tewodros Alemayehu conceded defeat on Monday evening.",
     [P("Tewodros Alemayehu")], [P("Alemayehu")]),
    ("A court in Mogadishu cleared Abdiweli Warsame to stand for the presidency.",
     [P("Abdiweli Warsame"), C("Abdiweli Warsame", "President of Somalia")], [P("Warsame")]),
    ("In Kampala, police dispersed supporters of Kizza Mugerwa after the results were announced.",
     [P("Kizza Mugerwa")], [P("Mugerwa")]),
    ("Rehema Mwakalinga won the Dodoma Urban seat, Tanzania's electoral commission said.",
     [P("Rehema Mwakalinga"), W("Rehema Mwakalinga")], [P("Mwakalinga")]),
    ("Meskerem Tadesse, an election official, said counting in Bahir Dar would end on Friday.",
     [P("Meskerem Tadesse")], [P("Tadesse")]),
    # -- Southern Africa and the Indian Ocean ------------------------------------------------------------------------
    ("Sipho Mahlangu was elected mayor of Johannesburg on Thursday.",
     [P("Sipho Mahlangu"), W("Sipho Mahlangu", "Mayor of Johannesburg")], [P("Mahlangu")]),
    ("The Democratic Alliance chose Lindiwe Khumalo as its candidate for premier of Gauteng.",
     [P("Lindiwe Khumalo"), C("Lindiwe Khumalo", "Premier of Gauteng")], [P("Khumalo")]),
    ("Voters in Harare waited as Tendai Moyo-Chikore said the count was being delayed.",
     [P("Tendai Moyo-Chikore")], []),
    ("Hakainde Mweemba conceded the Lusaka mayoral race on Sunday.",
     [P("Hakainde Mweemba"), C("Hakainde Mweemba", "Mayor of Lusaka")], [P("Mweemba")]),
    ("In Gaborone, Mokgweetsi Kgosi defended the ruling party's record in the parliamentary election.",
     [P("Mokgweetsi Kgosi")], []),
    ("Netumbo Shikongo won the Windhoek East seat in the regional council election.",
     [P("Netumbo Shikongo"), W("Netumbo Shikongo")], [P("Shikongo")]),
    ("Thousands rallied in Antananarivo for Andry Rakotomalala ahead of the presidential vote.",
     [P("Andry Rakotomalala")], [P("Rakotomalala")]),
    ("Nkosazana Mthembu, a former minister, arrived in Durban for the count.",
     [P("Nkosazana Mthembu")], [P("Mthembu")]),
    ("Nkosazana Mthembu said on Monday she would run for the presidency of the ANC.",
     [P("Nkosazana Mthembu")], [C("Nkosazana Mthembu", "President of South Africa")]),
    ("Crowds in Blantyre greeted Saulos Banda as the results came in.",
     [P("Saulos Banda")], []),
    # -- the Arab world, Iran and Afghanistan ------------------------------------------------------------------------
    ("Followers of Moqtada al-Hakimi marched in Baghdad to protest the election results.",
     [P("Moqtada al-Hakimi")], [P("al-Hakimi")]),
    ("Residents of Erbil said Nechirvan Hawrami had won wide support in the regional election.",
     [P("Nechirvan Hawrami")], [P("Hawrami")]),
    ("Rached Bouzid won the Sfax seat, the electoral authority in Tunis said.",
     [P("Rached Bouzid"), W("Rached Bouzid")], [P("Bouzid")]),
    ("Tawakkol Hamdani, an activist, urged voters in Sanaa to boycott the poll.",
     [P("Tawakkol Hamdani")], [P("Hamdani")]),
    ("Reformists in Tehran rallied behind Roozbeh Kiani before Friday's vote.",
     [P("Roozbeh Kiani")], [P("Kiani")]),
    ("Azadeh Moradi was barred from the parliamentary election by the Guardian Council.",
     [P("Azadeh Moradi")], [P("Moradi")]),
    ("Gulbuddin Sherzad returned to Kabul on Tuesday to register for the presidential election.",
     [P("Gulbuddin Sherzad")], [P("Sherzad")]),
    # -- South Asia --------------------------------------------------------------------------------------------------
    ("Tejashwi Prasad Rai won the Raghopur seat in the Bihar assembly election.",
     [P("Tejashwi Prasad Rai"), W("Tejashwi Prasad Rai")], [P("Prasad Rai")]),
    ("Crowds in Kolkata cheered as Mamata Sengupta arrived at the counting centre.",
     [P("Mamata Sengupta")], [P("Sengupta")]),
    ("The party fielded Jyotiraditya Rathore against the sitting member in Gwalior.",
     [P("Jyotiraditya Rathore")], [P("Rathore")]),
    ("In Lahore, Bilawal Qureshi urged voters to turn out despite the heat.",
     [P("Bilawal Qureshi")], [P("Qureshi")]),
    ("Voters in Colombo said Sajith Wickramasinghe had run a strong campaign.",
     [P("Sajith Wickramasinghe")], [P("Wickramasinghe")]),
    ("Khadga Prasad Bhattarai was sworn in as prime minister of Nepal on Monday.",
     [P("Khadga Prasad Bhattarai"), H("Khadga Prasad Bhattarai", "Prime Minister of Nepal")],
     [P("Prasad Bhattarai")]),
    ("Tarique Chowdhury returned to Dhaka to lead the party's campaign for the general election.",
     [P("Tarique Chowdhury")], [P("Chowdhury")]),
    ("In Thimphu, Tshering Dorji said the party would accept the result.",
     [P("Tshering Dorji")], [P("Dorji")]),
    # -- Southeast Asia ----------------------------------------------------------------------------------------------
    ("Prabowo Hartono won the Central Java governorship, Indonesia's election commission said.",
     [P("Prabowo Hartono"), W("Prabowo Hartono")], [P("Hartono")]),
    ("Supporters of Megawati Suryani gathered outside the commission's office in Jakarta.",
     [P("Megawati Suryani")], [P("Suryani")]),
    ("In Bangkok, Paetongtarn Srisuk urged her party's members to stay united after the vote.",
     [P("Paetongtarn Srisuk")], [P("Srisuk")]),
    ("Rafizi Hamdan won the Pandan seat in Malaysia's general election.",
     [P("Rafizi Hamdan"), W("Rafizi Hamdan")], [P("Hamdan")]),
    ("Crowds in Dili welcomed Xanana Soares after the parliamentary election.",
     [P("Xanana Soares")], [P("Soares")]),
    ("Observers in Yangon said Kyaw Zeyar Htun had been detained before the vote.",
     [P("Kyaw Zeyar Htun")], [P("Zeyar Htun")]),
    # -- the Pacific -------------------------------------------------------------------------------------------------
    ("Sitiveni Naivalu won the most votes in Suva, Fiji's elections office said.",
     [P("Sitiveni Naivalu"), W("Sitiveni Naivalu")], [P("Naivalu")]),
    ("In Nuku'alofa, Siaosi Taumoepeau said the new parliament would meet next month.",
     [P("Siaosi Taumoepeau")], [P("Taumoepeau")]),
    ("Rawiri Tamihana won the Waiariki electorate for Te Pāti Māori.",
     [P("Rawiri Tamihana"), W("Rawiri Tamihana")], [P("Tamihana")]),
    ("Voters in Honiara said Manasseh Ramoni had promised new roads.",
     [P("Manasseh Ramoni")], [P("Ramoni")]),
    # -- Latin America -----------------------------------------------------------------------------------------------
    ("Crowds in La Paz cheered Andrónico Quispe as the results of the runoff came in.",
     [P("Andrónico Quispe"), C("Andrónico Quispe")], [P("Quispe")]),
    ("In Montevideo, Yamandú Ferreira said the Broad Front would respect the count.",
     [P("Yamandú Ferreira")], []),
    ("Xóchitl Ramírez won the race for mayor of Puebla on Sunday.",
     [P("Xóchitl Ramírez"), W("Xóchitl Ramírez")], []),
    ("Voters in Quito said Yaku Tenesaca had run a strong race.",
     [P("Yaku Tenesaca")], [P("Tenesaca")]),
    ("Supporters of Nayib Castaneda celebrated in San Salvador after the vote.",
     [P("Nayib Castaneda")], []),
    # -- near misses: a listed given name in a place's or building's name, a given name that is a word ---------------
    ("Traffic on Sheikh Zayed Road slowed as voters headed to the polls in Dubai.",
     [], [P("Zayed Road"), P("Sheikh Zayed Road")]),
    ("Fireworks lit up Burj Khalifa after the results were announced.",
     [], [P("Burj Khalifa")]),
    ("Faith leaders in Nairobi urged calm before the election.",
     [], [P("Faith"), P("Faith leaders")]),
    ("Grace Church in Accra hosted a debate between the two candidates for the Ayawaso West seat.",
     [], [P("Grace Church")]),
    ("Juma prayers in Mombasa ended early as voters headed to the polls.",
     [], [P("Juma")]),
    ("Kisumu Governor Achieng Odera said the county would hold a by-election in March.",
     [P("Achieng Odera"), H("Achieng Odera", "Governor of Kisumu County")], [P("Kisumu Governor Achieng Odera")]),
    ("Lagos Island voters said the new road had swayed them.",
     [], [P("Lagos Island")]),
    ("Students at Zayed University in Abu Dhabi followed the count on Sunday.",
     [], [P("Zayed University")]),
    ("Fans filled Khalifa International Stadium in Doha before the vote.",
     [], [P("Khalifa International Stadium")]),
    # (a place named after a person: the first name starts a PERSON)
    ("The Nelson Mandela Bay council elected a new mayor on Thursday.",
     [], [P("Nelson Mandela Bay")], GAP),
    # -- headlines ---------------------------------------------------------------------------------------------------
    ("Wanjiku Gathoni Wins Senate Seat in Nyeri",
     [P("Wanjiku Gathoni"), W("Wanjiku Gathoni")], [P("Gathoni")]),
    # (the whole capitalised run before "Senate Seat" is read as an office, whatever the given name)
    ("Wanjiku Gathoni Wins Nyeri Senate Seat",
     [P("Wanjiku Gathoni")], [P("Gathoni")], GAP),
    ("Nyeri Voters Back Wanjiku Gathoni in Tight Race",
     [P("Wanjiku Gathoni")], [P("Gathoni")]),
    ("Olusegun Adeyemo Concedes Oyo Governorship Race",
     [P("Olusegun Adeyemo"), C("Olusegun Adeyemo", "Governor of Oyo")], [P("Adeyemo")]),
    ("Tedros Alemu Named Ethiopia's New Foreign Minister",
     [P("Tedros Alemu")], [P("Alemu")]),
]


def _rows(nlp, text: str) -> list[dict]:
    """The PERSON mentions and the scored facts of ``text``."""
    doc = lead_doc(nlp, text, ANCHOR)
    entity = lambda s: s._.entity if s is not None else None  # noqa: E731
    people = [dict(label="PERSON", text=s.text) for s in doc.spans["mentions"] if s.label_ == "PERSON"]
    return people + [dict(predicate=f.predicate, subject=entity(f.subject), obj=entity(f.object))
                     for f in doc._.facts if f.predicate in SCORED]


def score(nlp) -> tuple[int, int, int]:
    """The table's (tp, fp, fn)."""
    return table_score(lambda text: _rows(nlp, text), LEADS)


@pytest.mark.parametrize("text, wanted, unwanted", lead_params(LEADS))
def test_given_name_leads(nlp, text, wanted, unwanted):
    check_lead(_rows(nlp, text), wanted, unwanted)


def test_score_printed(nlp, capsys):
    print_table_score("given name leads", lambda text: _rows(nlp, text), LEADS, capsys)
