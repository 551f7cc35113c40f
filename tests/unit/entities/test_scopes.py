"""Generic organisation names get an id scoped by the country they belong to."""

import pytest

from services.processors.entities.lexicon import load_lexicon
from services.processors.entities.names import entity_id, name_key
from services.processors.entities.scopes import is_generic


def _orgs(entities):
    return {m.text: e for e in entities.values() if e.type == "ORG" for m in e.mentions}


def _country(name):
    return entity_id("GPE", name_key(name))


@pytest.mark.parametrize("name", ["Foreign Ministry", "Ministry of Defence", "Supreme Court", "Central Bank",
                                  "Parliament", "Interior Ministry", "the Defence Ministry"])
def test_generic_names(name):
    assert is_generic(name, load_lexicon())


@pytest.mark.parametrize("name", ["European Central Bank", "Bank of England", "Gazprom", "Kremlin", "Foreign"])
def test_names_of_one_body(name):
    assert not is_generic(name, load_lexicon())


def test_two_countries_ministries_never_share_an_id(run):
    entities, _ = run("Russia's Foreign Ministry said on Monday that the Ukrainian Foreign Ministry had lied.")
    orgs = [e for e in entities.values() if e.type == "ORG"]
    assert len(orgs) == 2
    by_country = {e.country_id: e for e in orgs}
    assert set(by_country) == {_country("Russia"), _country("Ukraine")}
    assert by_country[_country("Russia")].name == "Foreign Ministry (Russia)"


def test_the_same_country_s_ministry_shares_its_id_across_spellings_and_articles(run):
    first, _ = run("Russia's Foreign Ministry summoned the ambassador.")
    second, _ = run("The Russian Foreign Ministry said the talks were over.")
    third, _ = run("The Foreign Ministry in Moscow said the talks were over.")
    ids = {_orgs(first)["Foreign Ministry"].id, _orgs(second)["Russian Foreign Ministry"].id,
           _orgs(third)["Foreign Ministry"].id}
    assert len(ids) == 1


def test_a_later_bare_mention_keeps_the_last_country_named(run):
    body = ("Ukraine's Defence Ministry said the strike hit a depot. Russia denied it. "
            "The Defence Ministry later published photographs.")
    orgs = _orgs(run(body)[0])
    assert orgs["Defence Ministry"].country_id == _country("Ukraine")
    assert orgs["Defence Ministry"].mention_count == 2


def test_of_country_in_or_after_the_name(run):
    inside = run("Lawyers appealed to the Supreme Court of Ukraine on Friday.")[0]["Supreme Court (Ukraine)"]
    after = _orgs(run("Lawyers said the Supreme Court of Ukraine would rule.")[0])["Supreme Court"]
    assert inside.country_id == after.country_id == _country("Ukraine")
    assert inside.id == after.id


def test_the_article_s_main_country_is_the_fallback(run):
    body = "The Defence Ministry said Ukraine would respond. Officials in Kyiv said Ukraine was ready."
    orgs = _orgs(run(body)[0])
    assert orgs["Defence Ministry"].country_id == _country("Ukraine")


def test_without_a_country_the_name_stays_unscoped(run):
    orgs = _orgs(run("The Interior Ministry said on Sunday that roads were closed.")[0])
    assert orgs["Interior Ministry"].name == "Interior Ministry"
    assert orgs["Interior Ministry"].id == entity_id("ORG", name_key("Interior Ministry"))


def test_a_named_body_is_not_scoped(run):
    orgs = _orgs(run("The European Central Bank raised rates, and Germany welcomed the move.")[0])
    assert orgs["European Central Bank"].name == "European Central Bank"


def test_one_passing_mention_of_a_country_does_not_scope(run):
    orgs = _orgs(run("The Ministry of Health opened a clinic in Prague on Monday.")[0])
    assert orgs["Ministry of Health"].name == "Ministry of Health"


def test_a_tie_between_countries_does_not_scope(run):
    body = "The Foreign Ministry said talks between Russia and Ukraine would resume, and Russia and Ukraine agreed."
    orgs = _orgs(run(body)[0])
    assert orgs["Foreign Ministry"].country_id is None
