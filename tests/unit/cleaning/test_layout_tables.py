"""Layout tables are flattened into blocks before extraction; data tables are kept."""

from lxml import html as lxml_html

from services.processors.cleaning import clean
from services.processors.cleaning.tables import flatten_layout_tables, is_layout_table

SENTENCE = "The council approved a budget of three million dollars for repairs to the old bridge on Monday, officials said."


def _table(markup: str):
    return lxml_html.fragment_fromstring(markup)


def test_tables_marked_or_shaped_for_layout_are_layout():
    assert is_layout_table(_table("<table role='presentation'><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>"))
    assert is_layout_table(_table("<table><tr><td>Home</td><td>News</td><td>Sport</td></tr></table>"))  # one row
    assert is_layout_table(_table("<table><tr><td>Menu</td></tr><tr><td>Story</td></tr></table>"))  # one column
    nested = "<table><tr><td><table><tr><td>x</td><td>y</td></tr></table></td><td>z</td></tr><tr><td>1</td><td>2</td></tr></table>"
    assert is_layout_table(_table(nested))


def test_cells_holding_blocks_or_a_passage_make_an_unmarked_table_layout():
    blocks = "<table><tr><td><a href=/>Home</a></td><td><p>Para one.</p><p>Para two.</p></td></tr><tr><td>x</td><td>y</td></tr></table>"
    assert is_layout_table(_table(blocks))
    passage = f"<table><tr><td>Menu</td><td>{SENTENCE}<br>{SENTENCE}<br>{SENTENCE}<br>{SENTENCE}</td></tr><tr><td>a</td><td>b</td></tr></table>"
    assert is_layout_table(_table(passage))


def test_data_tables_are_not_layout():
    plain = "<table><tr><td>Oslo</td><td>7</td></tr><tr><td>Bergen</td><td>9</td></tr></table>"
    assert not is_layout_table(_table(plain))
    headed = (
        "<table><thead><tr><th>City</th><th>Notes</th></tr></thead>"
        "<tr><td>Oslo</td><td><p>Capital.</p></td></tr><tr><td>Bergen</td><td><p>Rain.</p></td></tr></table>"
    )
    assert not is_layout_table(_table(headed))  # header cells outweigh block content


def test_flattening_rewrites_only_the_layout_tables_own_structure():
    page = lxml_html.document_fromstring(
        "<html><body><table id='frame'><tr><td id='menu'>Menu</td><td id='main'>"
        "<table id='data'><tr><th>City</th><th>Rain</th></tr><tr><td>Oslo</td><td>7</td></tr></table>"
        "</td></tr></table></body></html>"
    )
    assert flatten_layout_tables(page) == 1
    assert page.get_element_by_id("frame").tag == "div" and page.get_element_by_id("menu").tag == "div"
    data = page.get_element_by_id("data")
    assert data.tag == "table" and [c.tag for c in data.iter("td", "th")] == ["th", "th", "td", "td"]


def test_a_page_laid_out_in_a_table_comes_out_as_paragraphs_without_its_menu():
    story = [f"{SENTENCE} It reopens next year.", "Work starts in May and will take a year, the mayor told reporters at city hall.",
             "The old bridge was closed in March after inspectors found cracks in two of its piers, the report said.",
             "Drivers will keep using the ferry until then, and the council will pay for extra crossings at peak hours."]
    page = (
        "<html><head><title>Bridge repairs approved</title></head><body><table width='100%'>"
        "<tr><td colspan=2><a href=/>Home</a> | <a href=/news>News</a> | <a href=/sport>Sport</a></td></tr>"
        "<tr><td width=150><a href=/a>Local news</a><br><a href=/b>Weather</a><br><a href=/c>Obituaries</a></td>"
        "<td><b>Bridge repairs approved</b><br>" + "<br><br>".join(story) + "</td></tr></table></body></html>"
    )
    body = clean(page, "html").body
    assert "|" not in body and "Obituaries" not in body
    assert body.split("\n\n") == story
