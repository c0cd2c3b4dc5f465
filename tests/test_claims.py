"""Numeric claims: the example article's reference, and hand-written edge cases of war news."""

from __future__ import annotations

import pytest

from claimkit.results import Analysis

# --- the example article --------------------------------------------------------------------


@pytest.fixture(scope="module")
def analysis(analyzer, article) -> Analysis:
    return analyzer.analyze(article)


def test_both_gold_claims_with_count_claimant_and_status(analysis, gold):
    assert len(analysis.claims) == len(gold["claims"])
    for want, got in zip(gold["claims"], analysis.claims, strict=True):
        assert got.text == want["number_text"]
        assert got.value == want["value"]
        assert got.counted is not None and got.counted.text == want["counted"]
        assert got.subject is not None and got.subject.text == want["subject"]
        assert got.category == want["category"]
        assert got.status == want["status"]
        assert got.flagged is want["flagged"]
        if want["claimant"] is None:
            assert got.claimant is None
        else:
            assert got.claimant is not None and got.claimant.name == want["claimant"]
            assert got.claimant_mention.text == want["claimant_mention"]
        if "evidence" in want:
            assert got.evidence is not None and got.evidence.text == want["evidence"]
            assert got.flagged_by is not None and got.flagged_by.name == want["flagged_by"]


def test_gold_non_claims_are_not_claims(analysis, gold):
    texts = {c.text for c in analysis.claims}
    for not_claim in gold["not_claims"]:
        assert not any(not_claim["text"] in t or t in not_claim["text"] for t in texts)


def test_the_scope_of_the_flagged_claim(analysis):
    flagged = next(c for c in analysis.claims if c.flagged)
    assert flagged.scope is not None and flagged.scope.text == "tijdens de oorlog"


def test_claim_offsets_index_the_original_text(analysis):
    text = analysis.text
    for claim in analysis.claims:
        assert text[claim.start : claim.end] == claim.text
        for part in (claim.counted, claim.subject, claim.scope, claim.claimant_mention):
            if part is not None:
                assert text[part.start : part.end] == part.text
        if claim.evidence is not None:
            assert text[claim.evidence.start : claim.evidence.end] == claim.evidence.text


def test_claims_survive_json(analysis):
    back = Analysis.from_json(analysis.to_json())
    assert back.claims == analysis.claims


def test_doc_claims_for_spacy_users(analyzer, article):
    doc = analyzer.nlp(article.split("\n", 1)[1])
    found = doc._.claims
    assert [c.figure.text for c in found] == ["99.000", "70.000"]
    assert found[0].status == "unverified" and found[0].flagged
    assert found[0].counted.text == "troepen"


# --- hand-written cases ------------------------------------------------------------------------


def one(analyzer, text: str):
    claims = analyzer.analyze(text).claims
    assert len(claims) == 1, [c.text for c in claims]
    return claims[0]


@pytest.mark.parametrize(
    ("text", "figure", "category", "status", "claimant"),
    [
        (
            "Volgens Kyiv zijn er sinds het begin van de oorlog al meer dan 200.000 Russische "
            "soldaten gesneuveld.",
            "meer dan 200.000",
            "military_losses",
            "attributed",
            "Kyiv",
        ),
        (
            "Volgens Kyiv kwamen gisteren 300 Russische soldaten om.",
            "300",
            "military_losses",
            "attributed",
            "Kyiv",
        ),
        (
            "Naar verluidt vielen er tientallen doden in Charkiv.",
            "tientallen",
            "casualties",
            "hedged",
            None,
        ),
        (
            "Bij de aanval zouden zeker twaalf burgers om het leven zijn gekomen.",
            "zeker twaalf",
            "casualties",
            "hedged",
            None,
        ),
        (
            "De VN schatten dat 6,3 miljoen Oekraïners naar het buitenland zijn gevlucht.",
            "6,3 miljoen",
            "displacement",
            "attributed",
            "United Nations",
        ),
        (
            "Duitsland levert nog eens 14 Leopard-tanks aan Oekraïne.",
            "14",
            "equipment",
            "stated",
            None,
        ),
        (
            "De stad telde voor de oorlog ruim 400.000 inwoners.",
            "ruim 400.000",
            "population",
            "stated",
            None,
        ),
        (
            "“We hebben 300 raketten afgevuurd”, zei de woordvoerder.",
            "300",
            "equipment",
            "attributed",
            "de woordvoerder",
        ),
        (
            "De EU trekt 50 miljard euro uit voor Oekraïne.",
            "50 miljard",
            "money",
            "stated",
            None,
        ),
        (
            "Volgens onbevestigde berichten zijn 40 mensen gedood.",
            "40",
            "casualties",
            "unverified",
            "berichten",
        ),
        (
            "Rusland zou in de afgelopen week 1.200 soldaten hebben verloren, zegt het Britse "
            "ministerie van Defensie.",
            "1.200",
            "military_losses",
            "hedged",
            "Ministry of Defence of the United Kingdom",
        ),
        (
            "Het Rode Kruis bevestigde dat er 45 gewonden waren.",
            "45",
            "casualties",
            "attributed",  # the claimant's own confirmation confirms nothing
            "International Committee of the Red Cross",
        ),
    ],
)
def test_war_news_claims(analyzer, text, figure, category, status, claimant):
    claim = one(analyzer, text)
    assert claim.text == figure
    assert claim.category == category
    assert claim.status == status
    if claimant is None:
        assert claim.claimant is None
    else:
        assert claim.claimant is not None and claimant in claim.claimant.name


def test_unverified_in_the_next_sentence_and_who_made_the_claim(analyzer):
    claim = one(
        analyzer,
        "Het Russische ministerie van Defensie meldt dat 27 Oekraïense drones zijn "
        "neergeschoten boven de Krim. Dat kon niet onafhankelijk worden geverifieerd.",
    )
    assert (claim.category, claim.status, claim.flagged) == ("military_losses", "unverified", True)
    assert claim.evidence.text == "Dat kon niet onafhankelijk worden geverifieerd"
    assert claim.place is not None and claim.place.text == "Krim"


def test_disputed_by_the_other_party_in_the_next_sentence(analyzer):
    claim = one(
        analyzer, "Oekraïne zegt dat het 15 Russische tanks heeft vernietigd. Moskou ontkent dat."
    )
    assert claim.status == "disputed" and claim.flagged
    assert claim.evidence is not None and "ontkent" in claim.evidence.text


def test_a_count_noun_before_the_figure(analyzer):
    claim = one(
        analyzer, "Het dodental van de aardbeving in Turkije is opgelopen tot meer dan 40.000."
    )
    assert claim.category == "casualties" and claim.counted.text == "dodental"
    assert claim.low == 40000


def test_the_claimant_is_not_the_place(analyzer):
    claim = one(analyzer, "Volgens Kyiv zijn 300 soldaten gesneuveld.")
    assert claim.place is None
    assert claim.claimant_mention.text == "Kyiv"


def test_a_date_scope(analyzer):
    claim = one(analyzer, "In 2022 kwamen volgens de Verenigde Naties 7.000 burgers om.")
    assert claim.scope.text == "In 2022"
    assert claim.category == "casualties" and claim.flagged


@pytest.mark.parametrize(
    "text",
    [
        "Een 35-jarige man werd om 14.30 uur opgepakt.",
        "De strijd duurt nu al meer dan twee jaar.",
        "Het gebeurde op 24 februari 2022.",
        "Hij werd voor de derde keer verkozen.",
        "Club Brugge won met 2-1.",
        "Artikel 5 van het NAVO-verdrag geldt.",
        "De twee landen praten opnieuw.",
        "Bel 09 123 45 67 voor meer informatie.",
        "Ze hebben honderd procent gelijk.",
        "Dat heeft geen enkele invloed.",
        "De man (45) werd gearresteerd.",
        "De voorstelling is in de Minnemeers 8, 9000 Gent, tot 17 juni.",  # a postal code
        "Hij eindigde op ruim drie kwartier van de winnaar.",  # a duration
        "Het is maar één wondje en dat past niet in zijn verklaring.",  # one stressed
        "Ze zijn op één hand te tellen.",
    ],
)
def test_numbers_that_are_no_claims(analyzer, text):
    assert analyzer.analyze(text).claims == []


def test_een_stressed_is_no_figure_but_one_person_or_one_of_a_list_is(analyzer):
    (claim,) = analyzer.analyze("Bij de aanval kwam één soldaat om.").claims
    assert claim.text == "één"
    texts = [c.text for c in analyzer.analyze("Er vlogen twee Bell Rangers en één Agusta.").claims]
    assert texts == ["twee", "één"]


def test_a_count_after_a_quantitative_er_with_nothing_before_is_still_a_claim(analyzer):
    (claim,) = analyzer.analyze("Tegen het nieuwe lesjaar worden dat er minstens honderd.").claims
    assert (claim.text, claim.low, claim.counted) == ("minstens honderd", 100, None)
    assert analyzer.analyze("Ze heeft er tot 1963 gewoond.").claims == []  # a year


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("Hij liet de fans achteraf 3.000 (!) frank betalen.", "frank"),
        ("De zaak tegen de vakbondsman en negen anderen begon gisteren.", "anderen"),
    ],
)
def test_what_a_figure_counts_past_a_bracketed_mark_and_others(analyzer, text, counted):
    (claim,) = analyzer.analyze(text).claims
    assert claim.counted is not None and claim.counted.text == counted


def test_an_amount_restated_in_brackets_is_one_claim(analyzer):
    claims = analyzer.analyze("Het kost 60 miljoen Belgische frank (1,5 miljoen euro).").claims
    assert [c.text for c in claims] == ["60 miljoen"]


def test_figures_sharing_a_noun(analyzer):
    claims = analyzer.analyze("Er vielen zeven of acht doden.").claims
    assert [(c.text, c.counted.text) for c in claims] == [("zeven", "doden"), ("acht", "doden")]


def test_a_part_of_a_whole_is_two_figures(analyzer):
    claims = analyzer.analyze("De partij won in 8 van de 81 provincies.").claims
    assert [c.text for c in claims] == ["8", "81"]


def test_a_journalists_aside_in_a_quote_is_the_newspapers(analyzer):
    text = "“De stad is verwoest – ze telde 40.000 inwoners – en leeg”, zei de burgemeester."
    claim = one(analyzer, text)
    assert claim.text == "40.000" and claim.claimant is None and claim.status == "stated"
    inside = one(analyzer, "“De stad telde 40.000 inwoners”, zei de burgemeester.")
    assert inside.claimant is not None and inside.status == "attributed"


def test_a_text_without_figures_has_no_claims(analyzer):
    assert analyzer.analyze("De regering vergadert morgen opnieuw over de begroting.").claims == []


def test_the_next_sentence_names_the_claimant(analyzer):
    claim = one(
        analyzer,
        "Het aantal bedrijven zonder plan daalde naar 17 procent. Dat meldt de Kamer van "
        "Koophandel.",
    )
    assert claim.claimant_mention.text == "de Kamer van Koophandel"
    assert claim.status == "attributed"


def test_a_sentence_continuing_a_report_keeps_its_claimant(analyzer):
    claims = analyzer.analyze(
        "Het leger meldde dat 300 strijders zijn gedood. Daarnaast zouden 40 tanks zijn vernietigd."
    ).claims
    assert [(c.text, c.claimant_mention.text) for c in claims] == [
        ("300", "Het leger"),
        ("40", "Het leger"),
    ]
    assert claims[1].status == "hedged" and claims[1].category == "military_losses"


@pytest.mark.parametrize(
    ("text", "figure", "category", "status", "claimant"),
    [
        ("Het aantal Russische doden steeg tot 300.", "300", "casualties", "stated", None),
        (
            "Rusland ontkent dat er bij de aanval 40 burgers zijn gedood.",
            "40",
            "casualties",
            "disputed",
            None,  # the denier is not the claimant
        ),
        (
            "Het ministerie van Volksgezondheid meldt 30.000 doden.",
            "30.000",
            "casualties",
            "attributed",
            "Het ministerie van Volksgezondheid",
        ),
        (
            "Het was een aanval die drie burgers het leven kostte.",
            "drie",
            "casualties",
            "stated",
            None,
        ),
        (
            # the figure is in the attribution's words, outside the quotation: the writer's
            "“Niemand wist ervan”, zei advocaat Michael Lehner namens 17 klagers.",
            "17",
            "other",
            "stated",
            None,
        ),
        (
            "“Er zijn 17 doden gevallen”, zei de gouverneur.",
            "17",
            "casualties",
            "attributed",
            "de gouverneur",
        ),
        (
            "Oekraïne wil zo snel mogelijk 50 gevechtsvliegtuigen.",
            "50",
            "equipment",
            "stated",
            None,
        ),
    ],
)
def test_review_cases(analyzer, text, figure, category, status, claimant):
    claim = one(analyzer, text)
    assert (claim.text, claim.category, claim.status) == (figure, category, status)
    mention = claim.claimant_mention.text if claim.claimant_mention else None
    assert mention == claimant


def test_a_new_paragraph_still_answers_the_figure(analyzer):
    text = "Volgens Kyiv zijn 40 drones onderschept.\n\nDat kon niet worden geverifieerd."
    claim = one(analyzer, text)
    assert claim.status == "unverified"
    assert claim.evidence.text == "Dat kon niet worden geverifieerd"


def test_a_breakdown_in_brackets_is_claims_a_restatement_is_not(analyzer):
    breakdown = analyzer.analyze("Er vielen 30 doden (12 kinderen).").claims
    assert [c.text for c in breakdown] == ["30", "12"]
    restated = analyzer.analyze("Het kost 50 miljoen dollar (44 miljoen euro).").claims
    assert [c.text for c in restated] == ["50 miljoen"]


def test_a_range_is_exact_a_bound_approximate(analyzer):
    assert not one(analyzer, "Er zijn tussen 10 en 20 doden.").approximate
    assert one(analyzer, "Er zijn meer dan 20 doden.").approximate


def test_claims_without_a_parser():
    import spacy

    import claimkit.components  # noqa: F401  (registers the factories)

    nlp = spacy.blank("nl")
    nlp.add_pipe("claimkit_claims")
    doc = nlp("Er vielen 30 doden. Dat kon niet worden geverifieerd.")
    assert [(c.figure.text, c.status) for c in doc._.claims] == [("30", "unverified")]


def test_a_hedge_in_the_phrase_counted(analyzer):
    claim = one(analyzer, "Het geschatte verbruik in Europa ligt rond de 120.000 kilo per jaar.")
    assert claim.status == "hedged" and claim.evidence.text == "geschatte"


def test_what_somebody_did_not_say_is_the_newspapers(analyzer):
    claim = one(
        analyzer, "Erdogan vermeldde niet dat dit bijna 2 procent minder is dan vorig jaar."
    )
    assert claim.claimant is None and claim.status == "stated"


def test_a_counter_claim(analyzer):
    text = (
        "Volgens Kyiv verloor Rusland 300 tanks. Het Kremlin ontkent die cijfers en spreekt van 30."
    )
    claims = analyzer.analyze(text).claims
    got = [(c.text, c.counted.text, c.claimant_mention.text, c.status) for c in claims]
    assert got == [
        ("300", "tanks", "Kyiv", "disputed"),
        ("30", "tanks", "Het Kremlin", "attributed"),
    ]


def test_the_source_nearest_the_figure(analyzer):
    claims = analyzer.analyze("Volgens Oekraïne zijn 40 burgers gedood; de VN telt er 12.").claims
    assert [(c.text, c.claimant_mention.text) for c in claims] == [
        ("40", "Oekraïne"),
        ("12", "de VN"),
    ]


def test_sentences_by_punctuation_not_by_the_parser(analyzer):
    # the stand-in parser cuts "Acht miljoen | Oekraïners zijn het land ontvlucht."
    claim = one(analyzer, "Acht miljoen Oekraïners zijn het land ontvlucht.")
    assert claim.category == "displacement"


def test_category_cues_in_another_clause_say_nothing(analyzer):
    claim = one(
        analyzer, "Rusland riep 300.000 reservisten op, ook omdat het leger veel soldaten verloor."
    )
    assert claim.category == "other"
    victims = analyzer.analyze(
        "Bij de aanval kwamen 30 mensen om het leven, onder wie 10 kinderen."
    )
    assert [c.category for c in victims.claims] == ["casualties", "casualties"]


@pytest.mark.model
def test_a_cue_verb_at_the_end_of_its_subjects_phrase_never_leaves_an_empty_speaker(analyzer):
    # the tagger may put the verb inside the noun phrase (Het CBS berekent): the subject is
    # the words before it, never an empty span (this crashed a 20 MB run)
    text = (
        "Het CBS berekent dan dat het aandeel is toegenomen, van 4,1 procent in 2007 naar "
        "5,0 procent in 2019."
    )
    analysis = analyzer.analyze(text)
    assert analysis.claims
    for claim in analysis.claims:
        if claim.claimant_mention is not None:
            assert claim.claimant_mention.text


@pytest.mark.model
def test_a_figure_in_a_relative_clause_after_an_attribution_is_the_newspapers(analyzer):
    text = (
        '"Gedeeltelijk", zegt manager Marc Leemans van Belgian Skyshops, dat met een omzet van '
        "ongeveer 5 miljard frank de grootste verkoper is."
    )
    claims = analyzer.analyze(text).claims
    assert [(c.text, c.status, c.claimant) for c in claims] == [
        ("ongeveer 5 miljard", "stated", None)
    ]


@pytest.mark.model
def test_the_number_of_a_listed_heading_is_no_claim(analyzer):
    text = (
        "Dat moet hij maar accepteren.'' 4 Zussen getuigen uit eigenbelang. De advocaten "
        "telden 12 getuigen."
    )
    assert [c.text for c in analyzer.analyze(text).claims] == ["12"]


def test_a_compound_ending_in_a_listed_noun_has_its_category():
    from claimkit.claims.lexicon import claim_lexicon

    lexicon = claim_lexicon()
    assert lexicon.group_of("machinegeweren") == lexicon.group_of("geweren") == "equipment"
    assert lexicon.group_of("stoelen") is None


@pytest.mark.model
def test_a_count_opening_a_sentence_stays_a_claim(analyzer):
    text = "Er was gisteren een ramp. 3 Nederlanders kwamen om bij het ongeval."
    assert [c.text for c in analyzer.analyze(text).claims] == ["3"]


def test_both_ends_of_a_change_count_what_the_sentence_or_the_one_before_names(analyzer):
    text = (
        "Het aantal verkeersdoden in de provincie Limburg nam vorig jaar af. "
        "In Maastricht daalde dit aantal van 14 naar 9. "
        "Het aantal fietsers op de weg steeg intussen: van 80.000 naar 95.000."
    )
    claims = analyzer.analyze(text).claims
    assert [(c.text, c.counted.text if c.counted else None) for c in claims] == [
        ("14", "verkeersdoden"),
        ("9", "verkeersdoden"),
        ("80.000", "fietsers"),
        ("95.000", "fietsers"),
    ]


def test_a_source_named_for_a_statement_without_figures_claims_the_next_sentences(analyzer):
    text = (
        "Het aantal inbraken in Gent is fors gedaald. Dat blijkt uit cijfers van de politie. "
        "Vorig jaar werden nog 1.200 woninginbraken gemeld. Ook elders daalden de cijfers."
    )
    (claim,) = analyzer.analyze(text).claims
    assert claim.text == "1.200" and claim.status == "attributed"
    assert claim.claimant_mention is not None and "politie" in claim.claimant_mention.text


def test_a_figure_after_quantitative_er_counts_what_the_figure_before_counts(analyzer):
    text = (
        "Het bedrijf claimde tweehonderd bouwplaatsen langs de snelwegen. "
        "Nu staan er tachtig in ons land en een tiental in Duitsland."
    )
    claims = analyzer.analyze(text).claims
    assert [(c.text, c.counted.text if c.counted else None) for c in claims] == [
        ("tweehonderd", "bouwplaatsen"),
        ("tachtig", "bouwplaatsen"),
        ("een tiental", "bouwplaatsen"),
    ]


def test_a_year_after_er_is_no_elliptic_figure(analyzer):
    text = "Er werden dit voorjaar 14 kalfjes geboren. Terwijl dat er in heel 2018 maar één was."
    assert "2018" not in [c.text for c in analyzer.analyze(text).claims]


def test_the_noun_after_a_bracketed_aside_or_a_hyphenated_partitive_is_counted(analyzer):
    text = (
        "Eind 2018 reden in Nederland 147.000 (deels) elektrische auto's. "
        "De groep heeft een order voor tweehonderd van die Fastned-stations."
    )
    claims = analyzer.analyze(text).claims
    assert [(c.text, c.counted.text if c.counted else None) for c in claims] == [
        ("147.000", "auto's"),
        ("tweehonderd", "Fastned-stations"),
    ]


def test_a_reflexive_claim_verb_reports_nothing(analyzer):
    (claim,) = analyzer.analyze("Verder meldden zich zo'n 250 militairen bij de jurist.").claims
    assert claim.text == "zo'n 250" and claim.claimant is None and claim.status == "stated"


def test_days_before_a_month_are_a_date_not_a_ratio(analyzer):
    text = "Een man werd in de nacht van 22 op 23 november geraakt. Van 3 tot 5 mei was het druk."
    assert analyzer.analyze(text).claims == []


def test_figures_after_uit_x_blijkt_dat_without_figures_are_the_sources(analyzer):
    text = (
        "Uit de cijfers van het CBS blijkt dat er een verschuiving gaande is. "
        "In 2003 was nog 20 procent van de auto's groen, nu is dat 7 procent."
    )
    claims = analyzer.analyze(text).claims
    assert [c.text for c in claims] == ["20 procent", "7 procent"]
    assert all(c.status == "attributed" and "CBS" in c.claimant_mention.text for c in claims)


def test_a_source_after_its_statement_does_not_claim_the_next_sentence(analyzer):
    text = (
        "Het geblunder was ontluisterend, bleek vorige week uit het oordeel in drie rapporten. "
        "P. verkrachtte twee tieners."
    )
    (claim,) = [c for c in analyzer.analyze(text).claims if c.text == "twee"]
    assert claim.claimant is None and claim.status == "stated"


def test_nog_geen_is_an_upper_bound_and_a_participle_stands_before_the_noun(analyzer):
    text = (
        "In Venezuela, nog geen 80 kilometer verderop, vochten twee rivaliserende rijke "
        "boerenfamilies om het land."
    )
    claims = analyzer.analyze(text).claims
    assert [(c.text, c.counted.text) for c in claims] == [
        ("nog geen 80", "kilometer"),
        ("twee", "boerenfamilies"),
    ]
    assert claims[0].high == 80 and claims[0].low is None and claims[0].approximate


def test_naar_verwachting_hedges_a_figure(analyzer):
    text = "Naar verwachting zijn er in 2030 in Nederland 1,8 miljoen laadpunten."
    (claim,) = analyzer.analyze(text).claims
    assert claim.status == "hedged" and claim.evidence.text.lower() == "naar verwachting"


def test_an_amount_of_counts_the_noun_after_the_preposition(analyzer):
    claim = one(analyzer, " date 2022-05 De VS leverden voor 3 miljard aan wapens.")
    assert claim.counted is not None and claim.counted.text == "wapens"
    where = analyzer.analyze(" date 2022-05 Er stonden 4 miljoen aan de grens.").claims
    assert [c.counted.text for c in where if c.counted] != ["grens"]  # where, not what


def test_a_figure_after_a_year_made_an_adverbial_is_a_count(analyzer):
    claims = analyzer.analyze(
        " date 2019-03 Er kwamen afgelopen jaar 1542 meldingen binnen. Het jaar 1542 was rustig."
    ).claims
    assert [(c.text, c.counted.text if c.counted else None) for c in claims] == [
        ("1542", "meldingen")
    ]


def test_four_digits_after_a_period_noun_and_van_are_a_year(analyzer):
    claims = analyzer.analyze(
        "In het voorjaar van 2022 kwamen naar schatting 8.000 burgers om. Sinds de zomer van"
        " 2023 legden de Russen drie linies aan."
    ).claims
    assert [c.text for c in claims] == ["naar schatting 8.000", "drie"]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # four digits after a preposition of time and before a verb or a preposition: a year
        ("De regering wil het netwerk tegen 2029 met 10.000 plaatsen inkrimpen.", ["10.000"]),
        ("Defensie wil het aantal militairen tegen 2030 optrekken tot 29.000.", ["tot 29.000"]),
        ("Het aantal vluchtelingen steeg tot 2500.", ["2500"]),
        # a day in digits after a weekday is a date, unless a noun it counts follows
        ("Bij de aanval kwamen zondag 3 mensen om het leven.", ["3"]),
        ("Zaterdag 21 en zondag 22 september is het feest.", []),
    ],
)
def test_years_and_days_among_figures(analyzer, text, figures):
    assert [c.text for c in analyzer.analyze(text).claims] == figures


def test_a_place_that_is_no_seat_of_government_claims_nothing(analyzer):
    (claim,) = analyzer.analyze("De Donau meet 2850 kilometer.").claims
    assert claim.claimant is None and claim.status == "stated"
    (claim,) = analyzer.analyze("Oekraïne claimt 28 tanks te hebben vernietigd.").claims
    assert claim.claimant_mention is not None and claim.claimant_mention.text == "Oekraïne"


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Ruim 30.000 Oekraïners verblijven in gemeentelijke opvanglocaties.", "displacement"),
        ("In Ramenskoje raakte naar verluidt één persoon gewond door brokstukken.", "casualties"),
        ("Volgens de brigade werden twee dozijn motorfietsen vernietigd.", "military_losses"),
        ("Bij het ongeval op de A16 waren minstens vier auto's betrokken. Geen gewonden.", "other"),
        # a noun of death and a preposition right before the figure
        ("In Boetsja zijn de lichamen van meer dan 400 burgers gevonden.", "casualties"),
        ("De VN-missie heeft de dood van ruim 12.300 burgers vastgesteld.", "casualties"),
        ("Het proces gaat over de moord op honderden Roemenen in 1989.", "casualties"),
        ("Er zijn drie mensen aangehouden in verband met de dood van de Nederlander.", "other"),
        ("Na de cycloon hebben 483.000 mensen geen dak meer boven hun hoofd.", "displacement"),
    ],
)
def test_categories_from_fates_compounds_and_vehicles(analyzer, text, category):
    assert analyzer.analyze(text).claims[0].category == category


def test_a_figure_after_jonger_dan_is_an_age(analyzer):
    claims = analyzer.analyze("Volgens het bureau is ruim 28 procent van hen jonger dan 18.").claims
    assert [c.text for c in claims] == ["ruim 28 procent"]


def test_a_loss_after_quantitative_er_counts_what_was_named_before(analyzer):
    text = (
        "Rusland vuurde 273 drones af, meldt de luchtmacht. Volgens de luchtmacht werden er 88 "
        "neergeschoten en verdwenen er 128 van de radar."
    )
    shot = analyzer.analyze(text).claims[1]
    assert (shot.text, shot.counted.text, shot.category) == ("88", "drones", "military_losses")


def test_a_digit_glued_to_g_or_k_names_a_technology(analyzer):
    text = "De Kamer vraagt of we niet te snel overgaan op 5G. Hij filmt alles in 4K."
    assert analyzer.analyze(text).claims == []
    assert [c.text for c in analyzer.analyze("Hij verdient €5K per maand.").claims] == ["5K"]
    # a K before a noun may be thousands
    (claim,) = analyzer.analyze("Het bedrijf verkocht 5K apparaten, meldt de topman.").claims
    assert claim.counted is not None and claim.counted.text == "apparaten"


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("In 1900 van de 3000 gevallen ging het mis, meldt de inspectie.", ["1900", "3000"]),
        ("Er staan in de stad nu meer huizen ouder dan 50 gebouwen.", ["50"]),
        ("In de opvangsector werken 4000 mensen.", ["4000"]),
    ],
)
def test_counts_the_years_ages_and_fates_leave_alone(analyzer, text, figures):
    claims = analyzer.analyze(text).claims
    assert [c.text for c in claims] == figures
    assert all(c.category != "displacement" for c in claims)


def test_volgens_a_description_with_an_agent_inside(analyzer):
    text = "Volgens de door Hamas geleide gezondheidsautoriteiten zijn 40 mensen gedood."
    (claim,) = analyzer.analyze(text).claims
    assert claim.claimant_mention is not None
    assert claim.claimant_mention.text == "de door Hamas geleide gezondheidsautoriteiten"


def test_a_lie_the_figure_counts_disputes_nothing(analyzer):
    text = "Uit het onderzoek blijkt dat 30 procent van de jongeren weleens een leugen vertelt."
    assert analyzer.analyze(text).claims[0].status != "disputed"


def test_a_unit_of_two_words_is_counted_whole(analyzer):
    claim = one(analyzer, " date 2025-12 Het leger veroverde dit jaar 6460 vierkante kilometer.")
    assert claim.counted is not None and claim.counted.text == "vierkante kilometer"


def test_an_estimate_of_a_figure_is_hedged(analyzer):
    claim = one(analyzer, " date 2022-03 Er zijn schattingen van 7000 tot 15.000 gedode soldaten.")
    assert claim.status == "hedged"


def test_a_figure_after_quantitative_er_before_a_participle_counts_the_noun_before(analyzer):
    claims = analyzer.analyze(
        " date 2022-12 Van de 23 drones zijn er 18 neergehaald, melden de autoriteiten."
    ).claims
    assert [(c.text, c.counted.text if c.counted else None) for c in claims] == [
        ("23", "drones"), ("18", "drones")
    ]  # fmt: skip


def test_a_count_of_people_among_the_dead_takes_the_category_of_the_dead(analyzer):
    claims = analyzer.analyze(
        " date 2024-03 Bij de aanval vielen zeker 23 doden, onder wie drie kinderen."
    ).claims
    assert [(c.text, c.category) for c in claims] == [
        ("zeker 23", "casualties"), ("drie", "casualties")
    ]  # fmt: skip


def test_a_figure_after_quantitative_er_keeps_its_currency_or_unit(analyzer):
    for text, counted in (
        (" date 2022-03 Voor de wederopbouw is er 50 miljard euro.", "euro"),
        (" date 2022-03 In de Alpen viel er 40 centimeter.", "centimeter"),
    ):
        claim = one(analyzer, text)
        assert claim.counted is not None and claim.counted.text == counted


def test_an_amount_to_a_country_is_not_counted_as_the_country(analyzer):
    claims = analyzer.analyze(
        " date 2022-03 Nederland geeft nog eens 2 miljard aan Oekraïne."
    ).claims
    assert all(c.counted is None or c.counted.text != "Oekraïne" for c in claims)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Er waren 130 ongelukken, door de politie als mogelijk misdrijf bestempeld.", "stated"),
        ("Er is een mogelijk verband met de 300 ontslagen bij het bedrijf.", "stated"),
        ("Bij de aanval kwamen mogelijk 40 burgers om.", "hedged"),
        ("De mogelijk 40 doden zijn nog niet geteld.", "hedged"),
    ],
)  # fmt: skip
def test_a_hedge_word_that_describes_a_noun_hedges_no_figure(analyzer, text, status):
    assert one(analyzer, " date 2019-03 " + text).status == status


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("In Nederland telt Blokker nog 352 eigen vestigingen.", [("352", "vestigingen")]),
        ("Hij botste met drie andere auto's.", [("drie", "auto's")]),
        ("Liefst 18 van de eerste 30 speelsters komen uit Azië.",
         [("18", "speelsters"), ("30", "speelsters")]),
        ("De landbouw moet zo'n 3,5 megaton CO2 minder uitstoten.", [("zo'n 3,5", "megaton")]),
    ],
)  # fmt: skip
def test_what_a_figure_counts_past_modifiers_ordinals_and_units(analyzer, text, figures):
    claims = analyzer.analyze(" date 2019-03 " + text).claims
    assert [(c.text, c.counted.text if c.counted else None) for c in claims] == figures


def test_a_place_that_counts_something_is_no_claimant(analyzer):
    text = " date 2019-03 In Nederland telt winkelketen Blokker nog 352 eigen vestigingen."
    claim = one(analyzer, text)
    assert claim.claimant is None and claim.status == "stated"


def test_as_close_as_possible_is_no_hedge(analyzer):
    claim = one(
        analyzer, " date 2019-03 Ze slaat de bal op 130 meter zo dicht mogelijk bij de vlag."
    )
    assert claim.status == "stated"


def test_a_number_after_a_day_of_the_week_is_a_date(analyzer):
    text = " date 2019-03 Het is op zaterdag 21 en zondag 22 september. Er kwamen 40 trekkers."
    claims = analyzer.analyze(text).claims
    assert [c.text for c in claims] == ["40"]
    (claim,) = analyzer.analyze(" date 2019-03 Hij kreeg zondag ongeveer 30 procent.").claims
    assert claim.text == "ongeveer 30 procent"


@pytest.mark.parametrize(
    "text",
    [
        "Uit de enquête blijkt: 14 procent denkt dat etensresten door het toilet kunnen.",
        "Uit de peiling blijkt: 30 procent van de Nederlanders verwacht dat de prijzen stijgen.",
    ],
)
def test_what_the_counted_people_think_is_no_hedge_and_they_are_no_claimant(analyzer, text):
    claim = one(analyzer, " date 2019-03 " + text)
    assert claim.status != "hedged"
    assert claim.claimant_mention is None or "Nederlanders" not in claim.claimant_mention.text


@pytest.mark.parametrize(
    ("text", "figures", "mention"),
    [
        (
            "“Het valt tegen”, constateerde de Unie: 14 procent denkt dat het mag, 21 van de "
            "ondervraagden doet het.",
            ["14 procent", "21"],
            "de Unie",
        ),
        (
            "Het rapport concludeert: 40 procent van de kinderen leeft in armoede.",
            ["40 procent"],
            "Het rapport",
        ),
    ],
)
def test_what_follows_a_colon_after_a_reporting_verb_is_its_subjects(
    analyzer, text, figures, mention
):
    claims = analyzer.analyze(" date 2019-03 " + text).claims
    assert [(c.text, c.claimant_mention.text, c.status) for c in claims] == [
        (figure, mention, "attributed") for figure in figures
    ]


def test_a_figure_after_a_colon_without_a_reporting_verb_stays_the_newspapers(analyzer):
    claim = one(analyzer, " date 2019-03 Het resultaat: 40 procent van de kinderen slaagde.")
    assert claim.claimant is None and claim.status == "stated"


def test_the_agent_of_a_claim_verbs_participle_claims_the_figure(analyzer):
    claim = one(
        analyzer,
        " date 2019-03 Willem Vermeulen kon zijn panden niet verhuren en liep een door hem zelf "
        "geschatte schade van ruim drie miljoen euro op.",
    )
    assert claim.claimant_mention.text == "hem"
    assert claim.claimant.name == "Willem Vermeulen"


def test_a_continued_report_reaches_past_a_sentence_without_figures(analyzer):
    claims = analyzer.analyze(
        " date 2019-03 Bij de gevechten zijn elf mensen omgekomen. Dat meldde de regering. Er "
        "werden geen details gegeven. Ook zouden meer dan tweeduizend mensen zijn geëvacueerd."
    ).claims
    assert [(c.text, c.claimant_mention and c.claimant_mention.text) for c in claims] == [
        ("elf", "de regering"),
        ("meer dan tweeduizend", "de regering"),
    ]


def test_a_figure_that_speaks_in_a_poll_is_no_claimant(analyzer):
    claims = analyzer.analyze(
        " date 2019-03 Uit de rondvraag blijkt: 14 procent denkt dat het mag, 21 van de "
        "ondervraagden doet het."
    ).claims
    assert all(
        c.claimant_mention is None or c.claimant_mention.text != "14 procent" for c in claims
    )


@pytest.mark.parametrize(
    ("text", "counted", "category"),
    [
        ("De reis kost 11.970 fr. per persoon.", "fr.", "money"),
        ("Een week kost 15.620 fr.", "fr.", "money"),
        ("Dat kost 25 fl. per stuk.", "fl.", "money"),
        ("De motor heeft 2.362 cm3.", "cm3", "other"),
    ],
)
def test_abbreviated_currencies_and_units_with_an_exponent_count(analyzer, text, counted, category):
    claim = one(analyzer, text)
    assert (claim.counted.text, claim.category) == (counted, category)


@pytest.mark.parametrize(
    "text",
    [
        " date 2019-03 Uitslag (166,7 km): 1. Matthews, 2. Sagan, 3. Van Aert.",
        " date 2019-03 De lijst: 24.Amira, 25.Bob.",
        " date 2019-03 Je kunt nummer 1, 2 of 3 kiezen.",
        # a list number the tokenizer leaves glued to the name after a plain word
        " date 2019-03 Jan Smit, zanger en presentator 12.Anna Jansen, actrice",
        " date 2019-03 Zijn nieuwe single kwam deze week binnen op 4.",
        " date 2019-03 Totdat je ineens op 1 staat in de hitlijst.",
    ],
)
def test_places_in_a_ranking_and_numbers_of_a_list_of_names_are_no_claims(analyzer, text):
    assert [c.text for c in analyzer.analyze(text).claims if c.text != "166,7"] == []


def test_an_adjective_of_fate_before_another_noun_is_not_what_is_counted(analyzer):
    claim = one(analyzer, " date 2019-03 Er lagen vier dode schapen in de wei.")
    assert (claim.counted.text, claim.category) == ("schapen", "other")
    claim = one(analyzer, " date 2019-03 Bij de aanval vielen vier dode burgers.")
    assert claim.category == "casualties"


@pytest.mark.parametrize(
    ("text", "figure", "counted", "category"),
    [
        (
            " date 2023-06 Nederland levert in totaal 24 F-16's aan Oekraïne.",
            "24",
            "F-16's",
            "equipment",
        ),
        (" date 2023-06 Rusland verloor 40 T-72-tanks.", "40", "T-72-tanks", "military_losses"),
        (
            " date 2023-06 Bij Bachmoet zijn meer dan 20.000 Wagner-huurlingen gesneuveld.",
            "meer dan 20.000",
            "Wagner-huurlingen",
            "military_losses",
        ),
        (
            " date 2023-06 Tienduizenden bewoners moesten hun huis verlaten.",
            "Tienduizenden",
            "bewoners",
            "displacement",
        ),
        (
            " date 2023-06 In Sebastopol zijn 34 Russische officieren gedood.",
            "34",
            "officieren",
            "military_losses",
        ),
    ],
)
def test_war_reports_weapon_types_compounds_and_fates(analyzer, text, figure, counted, category):
    claim = one(analyzer, text)
    assert (claim.text, claim.counted.text, claim.category) == (figure, counted, category)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            " date 2023-06 Er werden 37 drones neergehaald. Dat meldt het Russische ministerie "
            "van Defensie, maar onafhankelijke bevestiging is er niet.",
            "unverified",
        ),
        (
            " date 2023-06 Sjojgoe beweerde dat Oekraïne 26.000 militairen verloor. Volgens "
            "Kyiv klopt daar niets van.",
            "disputed",
        ),
        (
            " date 2023-06 Er kwamen 95 krijgsgevangenen vrij, meldt ombudsman Loebinets. Het "
            "Rode Kruis, dat de ruil begeleidde, bevestigde dat aantal.",
            "confirmed",
        ),
        (" date 2023-06 Moskou spreekt dat tegen: er vielen 34 doden, zegt Kyiv.", "disputed"),
    ],
)
def test_war_reports_checking_cues(analyzer, text, status):
    assert one(analyzer, text).status == status


def test_a_particle_that_makes_a_claim_verb_another_verb(analyzer):
    claim = one(analyzer, " date 2023-06 De G7 stelde een prijsplafond in van 60 dollar.")
    assert claim.claimant is None and claim.status == "stated"


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            " date 2023-06 Meer dan 80.000 Oekraïners kregen tijdelijke bescherming in België.",
            "displacement",
        ),
        (
            " date 2023-06 Lubinets spreekt van 19.500 kinderen die Rusland heeft gedeporteerd.",
            "displacement",
        ),
        (
            " date 2023-06 Volgens de hulpdiensten liggen er nog ruim 40 mensen onder het puin.",
            "casualties",
        ),
        (" date 2023-06 Er zouden twaalf bommenwerpers zijn vernietigd.", "military_losses"),
    ],
)
def test_war_report_categories_by_what_happened(analyzer, text, category):
    assert one(analyzer, text).category == category


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        (
            " date 2023-06 Het Pentagon schat de Russische verliezen op 150.000 doden en gewonden.",
            ["military_losses"],
        ),
        (
            " date 2023-06 Bij de aanval op de kazerne vielen 14 doden onder de militairen.",
            ["military_losses"],
        ),
        (
            " date 2023-06 Bij de aanval op de markt vielen 16 doden, onder wie drie soldaten.",
            ["casualties", "casualties"],
        ),
        (
            " date 2023-06 Bij de aanval kwamen zeven soldaten en twee burgers om, en vielen 14 "
            "gewonden.",
            ["military_losses", "casualties", "casualties"],
        ),
        (
            " date 2023-06 De luchtmacht onderschepte 40 van de 45 raketten.",
            ["military_losses", "equipment"],
        ),
        (
            " date 2023-06 Nederland levert F-16's aan Oekraïne. De eerste zes toestellen komen "
            "in mei aan.",
            ["equipment"],
        ),
        (" date 2023-06 De luchtvaartmaatschappij bestelde 25 nieuwe toestellen.", ["other"]),
    ],
)
def test_the_dead_of_an_army_the_whole_of_a_part_and_aircraft_in_context(
    analyzer, text, categories
):
    assert [c.category for c in analyzer.analyze(text).claims] == categories


def test_the_speaker_of_a_van_complement_is_its_head_not_the_place(analyzer):
    claim = one(
        analyzer,
        " date 2023-06 Gouverneur Oleh Sinjehoebov van de regio Charkiv meldde op Telegram dat "
        "bij een aanval op Koepjansk twee burgers om het leven kwamen.",
    )
    assert claim.claimant.name == "Oleh Sinjehoebov" and claim.status == "attributed"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            " date 2023-06 Moskou zegt dat daarbij 300 Oekraïense soldaten zijn gedood. "
            "Onafhankelijke bevestiging ontbreekt.",
            "unverified",
        ),
        (
            " date 2023-06 Volgens de gouverneur zijn drie mensen gewond geraakt. Persbureau "
            "Reuters kon dat niet nagaan.",
            "unverified",
        ),
        (
            " date 2023-06 Volgens Sjojgoe verloor Oekraïne 26.000 militairen. Het Oekraïense "
            "leger spreekt dat tegen en zegt dat de Russen zelf 20.000 man verloren.",
            "disputed",
        ),
        (
            "Bij de aanvallen zijn volgens de VN meer dan 400 mensen omgekomen. Onafhankelijke"
            " journalisten hebben geen toegang tot het gebied.",
            "unverified",
        ),
        (
            "Bij de aanvallen zijn volgens de VN meer dan 400 mensen omgekomen. Journalisten"
            " kregen gisteren toegang tot het gebied.",
            "attributed",
        ),
        (
            "President Trump beweert dat Washington meer dan 350 miljard dollar heeft gegeven."
            " Volgens het Kiel Institut klopt dat bedrag niet.",
            "disputed",
        ),
        (
            "In El Fasher zijn naar schatting 460 mensen gedood. Dat meldt de WHO. De RSF"
            " spreekt dat tegen.",
            "disputed",
        ),
        # a denial after the full stop is another party's, not the claimant's own
        (
            "In Oleksjky zijn zeven burgers omgekomen, melden de autoriteiten. Kyiv spreekt dat"
            " tegen.",
            "disputed",
        ),
        # a confirmation that points back, though its sentence has a figure of its own
        (
            "In drie dagen kwamen 1.000 gevangenen vrij, meldt president Zelensky. Het Turkse "
            "ministerie, dat de gesprekken tussen de twee landen organiseerde, bevestigde die "
            "aantallen.",
            "confirmed",
        ),
        # no access, with a confirmation beside it
        (
            "Het leger meldt 200 doden. Journalisten hebben geen toegang tot het gebied, maar de "
            "VN bevestigt de cijfers.",
            "confirmed",
        ),
    ],
)
def test_a_remark_on_checking_in_the_next_sentence(analyzer, text, status):
    assert analyzer.analyze(text).claims[0].status == status


def test_a_remark_on_the_figures_reaches_back_over_its_paragraph(analyzer):
    text = (
        "De generale staf meldt dat Rusland ruim 600.000 soldaten heeft verloren. Alleen al"
        " gisteren kwamen er volgens de staf 1.250 bij. De cijfers zijn niet onafhankelijk te"
        " verifiëren.\n\nIn Charkiv raakten vier mensen gewond. De cijfers zijn niet"
        " onafhankelijk te verifiëren."
    )
    claims = analyzer.analyze(text).claims
    assert [(c.text, c.status) for c in claims] == [
        ("ruim 600.000", "unverified"),
        ("1.250", "unverified"),
        ("vier", "unverified"),
    ]
    # a paragraph break ends the reach of the remark over earlier sentences
    two_paragraphs = text.replace("bij. De cijfers", "bij.\n\nDe cijfers")
    first = analyzer.analyze(two_paragraphs).claims[0]
    assert (first.text, first.status) == ("ruim 600.000", "attributed")


def test_a_remark_about_something_else_checks_nothing(analyzer):
    text = (
        " date 2019-03 Drie kinderen zijn besmet. Een vierde kind is ziek, maar daarbij is de "
        "diagnose nog niet bevestigd."
    )
    assert analyzer.analyze(text).claims[0].status == "stated"


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (" date 2023-06 De Oekraïense politie telde zeven doden.", "De Oekraïense politie"),
        (
            " date 2023-06 De Oekraïense autoriteiten melden 35 doden, bij de aanval.",
            "De Oekraïense autoriteiten",
        ),
    ],
)
def test_an_acting_organisation_counts_and_a_claim_verb_right_before_the_figure(
    analyzer, text, mention
):
    assert analyzer.analyze(text).claims[0].claimant_mention.text == mention


def test_a_place_that_counts_claims_nothing(analyzer):
    assert one(analyzer, " date 2023-06 De stad telt 70.000 inwoners.").claimant is None


def test_a_count_that_is_part_of_the_figure_before_is_its_claimants(analyzer):
    claims = analyzer.analyze(
        " date 2023-06 De Oekraïense autoriteiten melden 35 doden, onder wie twee kinderen, bij "
        "de aanval."
    ).claims
    assert [(c.text, c.claimant_mention.text, c.status) for c in claims] == [
        ("35", "De Oekraïense autoriteiten", "attributed"),
        ("twee", "De Oekraïense autoriteiten", "attributed"),
    ]
    stated = analyzer.analyze(" date 2023-06 Er vielen 35 doden, onder wie twee kinderen.").claims
    assert [c.claimant for c in stated] == [None, None]


@pytest.mark.parametrize(
    "text",
    [
        # a year heading a timeline entry
        " date 2019-03 Dat werd een rage. 2009 Gogo's. De winkels waren snel uitverkocht.",
        # a part of a period
        " date 2019-03 Het nieuwe station gaat in de tweede helft van dit jaar open.",
        # a page number
        " date 2019-03 Het stond in de krant van gisteren (pag. 7).",
        # a number inside a quoted title
        " date 2019-03 In het boek 'Tien dagen die de wereld deden wankelen' staat het anders.",
    ],
)
def test_year_headings_periods_pages_and_titles_are_no_claims(analyzer, text):
    assert [c.text for c in analyzer.analyze(text).claims] == []


def test_the_state_expecting_a_figure_claims_it(analyzer):
    (claim,) = analyzer.analyze(
        " date 2019-05 De staat verwacht tussen de 4 miljard en 6 miljard euro op te halen."
    ).claims
    assert claim.claimant_mention.text == "De staat" and claim.status == "attributed"


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        (" date 2019-03 De minister meet met twee maten, vindt de oppositie.", []),
        (" date 2019-03 Wie van twee walletjes eet, verliest 300 kiezers.", ["300"]),
        (" date 2019-03 De ploeg kwam vorig jaar op 2 procent van de stemmen.", ["2 procent"]),
    ],
)
def test_a_number_word_in_an_idiom_is_no_figure(analyzer, text, figures):
    assert [c.text for c in analyzer.analyze(text).claims] == figures


def test_a_quantitative_er_of_a_main_clause_does_not_reach_into_its_subordinate_clause(analyzer):
    text = (
        " date 2019-03 Het verzoek kwam er nadat de straf was teruggebracht van 103 naar 75 jaar."
    )
    assert analyzer.analyze(text).claims == []


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        (" date 2019-03 Het gaat om drie mannen van 21, 42, en 45 jaar uit Ede.", ["drie"]),
        (" date 2019-03 Ze kocht een 24-delig servies en boekte een 5-sterrenhotel.", []),
        (" date 2019-03 Er kwamen een 40-tal mensen op af.", ["40"]),
        (" date 2019-03 Hij speelde twee seizoenen in Turkije.", []),
    ],
)
def test_ages_in_a_list_numbers_glued_into_a_word_and_seasons_are_no_figures(
    analyzer, text, figures
):
    assert [c.text for c in analyzer.analyze(text).claims] == figures


def test_a_count_of_them_counts_the_people_named_before_and_takes_their_category(analyzer):
    text = (
        " date 2023-06 Bijna 20.000 Oekraïense kinderen zouden naar Rusland zijn gedeporteerd. "
        "Slechts zo'n 400 van hen zijn teruggekeerd. Eén van hen vertelde zijn verhaal."
    )
    claims = analyzer.analyze(text).claims
    assert [(c.text, c.counted.text, c.category) for c in claims] == [
        ("Bijna 20.000", "kinderen", "displacement"),
        ("zo'n 400", "hen", "displacement"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (" date 2019-03 Het dodental staat inmiddels op 45.", [("45", "casualties")]),
        (
            " date 2019-03 Bij een aanval van jihadisten op een dorp in Mali vielen 20 doden.",
            [("20", "casualties")],
        ),
        (" date 2019-03 Drie van hun kinderen kwamen om.", [("Drie", "casualties")]),
        (" date 2019-03 Bij de aardbeving vielen duizend doden.", [("duizend", "casualties")]),
    ],
)
def test_running_counts_attackers_possessives_and_plain_figures_stay_claims(
    analyzer, text, expected
):
    assert [(c.text, c.category) for c in analyzer.analyze(text).claims] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day in words is no date unless its month follows
        (
            " date 2024-06 Bij aanvallen kwamen zondag drie mensen om het leven.",
            [("drie", "mensen", None)],
        ),
        # a figure after "en" with an outcome of its own counts what the one before counts
        (
            " date 2024-06 Volgens gouverneur Gladkov zijn twee mensen omgekomen en negen "
            "gewond geraakt.",
            [("twee", "mensen", "Vyacheslav Gladkov"), ("negen", "mensen", "Vyacheslav Gladkov")],
        ),
        (
            " date 2024-06 Er zijn zes gevechtsvliegtuigen vernietigd en acht andere beschadigd.",
            [("zes", "gevechtsvliegtuigen", None), ("acht", "gevechtsvliegtuigen", None)],
        ),
        # coordinated adjectives before the noun; a country as subject claims for its government
        (
            " date 2024-06 Oekraïne zelf claimt 28 vernietigde of beschadigde schepen.",
            [("28", "schepen", "Oekraïne")],
        ),
        # a count noun further before its figure
        (
            " date 2024-06 Het aantal doden in de regio is volgens de Verenigde Naties in de "
            "voorbije drie weken van de strijd opgelopen tot meer dan 5.000.",
            [("meer dan 5.000", "doden", "United Nations")],
        ),
    ],
)
def test_war_figures_left_without_their_noun_or_source_are_still_claimed(analyzer, text, expected):
    found = [
        (c.text, c.counted.text if c.counted else None, c.claimant.name if c.claimant else None)
        for c in analyzer.analyze(text).claims
    ]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "statuses"),
    [
        (
            " date 2024-04 Het Russische ministerie van Defensie beweert dat daarbij 85 militairen "
            "zijn gedood. Kyiv noemt dat een leugen.",
            [("85", "disputed", "Ministry of Defence of Russia")],
        ),
        # a semicolon parts the writer's figure from the source's
        (
            " date 2024-04 Toretsk telde voor de oorlog zo'n 30.000 inwoners; volgens het "
            "regionale bestuur zijn er nog ongeveer 1.150 over.",
            [
                ("zo'n 30.000", "stated", None),
                ("ongeveer 1.150", "attributed", "het regionale bestuur"),
            ],
        ),
    ],
)
def test_a_lie_disputes_and_a_semicolon_ends_a_volgens_source(analyzer, text, statuses):
    found = [
        (c.text, c.status, c.claimant.name if c.claimant else None)
        for c in analyzer.analyze(text).claims
    ]
    assert found == statuses
