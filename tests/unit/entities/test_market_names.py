"""Names of market indices and instruments are no organisations (PRODUCT), on sentences written for the test."""


def _types(entities):
    return {m.text: e.type for e in entities.values() for m in e.mentions}


def test_a_name_before_an_index_noun_is_an_index_everywhere_in_the_article(run):
    types = _types(
        run(
            "Stocks fell on Friday. The Tarvex index closed down 31 points, and the Borlan 100 index "
            "lost 2 percent. Tarvex was down 106 points for the week."
        )[0]
    )
    assert types.get("Tarvex") == "PRODUCT"
    assert types.get("Borlan") in (None, "PRODUCT")


def test_an_exchange_keeping_an_index_and_a_possessive_name_stay_organisations(run):
    types = _types(run("The American Stock Exchange index was down 1.66 points at 559.68 on Friday.")[0])
    assert types.get("American Stock Exchange") == "ORG"


def test_a_one_word_instrument_is_no_organisation(run):
    types = _types(run("Heavy put buying helped pressure Eurodollars to lower levels before the close.")[0])
    assert types.get("Eurodollars") in (None, "PRODUCT")


def test_an_instrument_after_its_country_is_no_organisation(run):
    types = _types(run("Italian bonds led the week . German Bunds were not much better , offering 0.1 percent .")[0])
    assert types.get("German Bunds") in (None, "PRODUCT")
    assert types.get("Bunds") in (None, "PRODUCT")
