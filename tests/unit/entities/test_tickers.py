"""Wire tickers in angle brackets (constructed wire copy)."""


def _kinds(run, body):
    entities, _ = run(body)
    return {m.text: e.type for e in entities.values() for m in e.mentions}


def test_a_ticker_after_a_company_is_no_mention(run):
    entities, _ = run("Boeing Co said its order from KLX Corp <KLX> is worth over one billion dlrs.")
    mentions = [m.text for e in entities.values() for m in e.mentions]
    assert mentions.count("KLX Corp") == 1
    assert "KLX" not in mentions


def test_no_name_runs_over_a_ticker(run):
    kinds = _kinds(run, "He said BankAmerica <BAC> Corp has had numerous inquiries from buyers in Europe.")
    assert kinds.get("BankAmerica") == "ORG"
    assert not [t for t in kinds if "<" in t or ">" in t or "BAC" in t]
