"""ninjs 2.x and NewsML-G2 items into ArticleReceived / ArticleWithdrawn: every field read lands in
the event, the item is kept verbatim, unsafe XML and items without id are refused with a reason."""

import io
import time
from datetime import datetime, timezone

import orjson

from events.models import ArticleReceived, ArticleWithdrawn, Subject
from services.ingestor.identity import article_id
from services.ingestor.sources import Rejection, read_inputs

NINJS = {
    "uri": "urn:example:wire:20260301:flood",
    "type": "text",
    "version": "2",
    "versioncreated": "2026-03-01T10:05:00Z",
    "firstcreated": "2026-03-01T09:00:00Z",
    "pubstatus": "usable",
    "urgency": 3,
    "embargoed": "2026-03-02T06:00:00Z",
    "language": "en",
    "headlines": [{"role": "main", "value": "Flood waters rise"}],
    "bodies": [{"role": "main", "contenttype": "text/plain", "value": "Flood waters rose two metres in the town."}],
    "byline": "Jane Doe",
    "located": "Valence",
    "subject": [{"name": "flood", "code": "medtop:06000000", "scheme": "medtop"}],
    "infosources": [{"name": "Stringer Net", "role": "originfo"}, {"name": "Example Wire", "role": "publisher"}],
    "genre": [{"name": "Current"}],
}

NEWSML = b"""<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:newsml:example.org:20260301:quake" version="4"
    standard="NewsML-G2" standardversion="2.29" xml:lang="en">
  <itemMeta>
    <itemClass qcode="ninat:text"/>
    <provider qcode="nprov:EXW"><name>Example Wire</name></provider>
    <versionCreated>2026-03-01T11:00:00Z</versionCreated>
    <firstCreated>2026-03-01T08:00:00Z</firstCreated>
    <embargoed>2026-03-01T12:00:00Z</embargoed>
    <pubStatus qcode="stat:usable"/>
    <edNote>Updates death toll</edNote>
  </itemMeta>
  <contentMeta>
    <urgency>2</urgency>
    <located qcode="geo:1"><name>Izmir</name></located>
    <creator><name>Ali Veli</name></creator>
    <subject qcode="medtop:06000000"><name>disaster</name></subject>
    <headline>Quake toll rises to 40</headline>
    <by>By Ali Veli</by>
    <language tag="en"/>
  </contentMeta>
  <contentSet>
    <inlineXML contenttype="application/xhtml+xml">
      <html xmlns="http://www.w3.org/1999/xhtml"><head><title>x</title></head>
      <body><p>The death toll from the earthquake rose to 40 on Sunday, officials said.</p></body></html>
    </inlineXML>
  </contentSet>
</newsItem>"""

BOMB = b"""<?xml version="1.0"?>
<!DOCTYPE newsItem [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<newsItem guid="urn:x:1"><contentSet><inlineData>&lol9;</inlineData></contentSet></newsItem>"""

EXTERNAL = b"""<?xml version="1.0"?>
<!DOCTYPE newsItem [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<newsItem guid="urn:x:2"><contentSet><inlineData>&xxe;</inlineData></contentSet></newsItem>"""


def read(data: bytes, **kw):
    return list(read_inputs(["-"], stdin=io.BytesIO(data), **kw))


def test_ninjs_2_fields_land_in_the_event_and_the_item_is_kept_verbatim():
    (event,) = read(orjson.dumps(NINJS))
    assert isinstance(event, ArticleReceived) and event.format == "ninjs"
    assert event.article_id == article_id("urn:example:wire:20260301:flood", "")
    assert event.item_id == "urn:example:wire:20260301:flood" and event.item_version == "2"
    assert event.version_created_at == datetime(2026, 3, 1, 10, 5, tzinfo=timezone.utc)
    assert event.published_at == datetime(2026, 3, 1, 9, 0, tzinfo=timezone.utc)
    assert event.embargoed_until == datetime(2026, 3, 2, 6, 0, tzinfo=timezone.utc)
    assert (event.urgency, event.language, event.byline, event.located) == (3, "en", "Jane Doe", "Valence")
    assert event.headline == "Flood waters rise" and event.content.startswith("Flood waters rose")
    assert event.subjects == (Subject(name="flood", code="medtop:06000000"),)
    assert event.source == "Example Wire"  # the publisher among the infosources
    assert orjson.loads(event.original)["genre"] == [{"name": "Current"}]  # a field we do not read, kept


def test_newsml_g2_news_item_fields_land_in_the_event():
    (event,) = read(NEWSML)
    assert isinstance(event, ArticleReceived) and event.format == "newsml"
    assert event.item_id == "urn:newsml:example.org:20260301:quake" and event.item_version == "4"
    assert event.source == "Example Wire" and event.headline == "Quake toll rises to 40"
    assert (event.urgency, event.byline, event.located, event.language) == (2, "By Ali Veli", "Izmir", "en")
    assert event.published_at == datetime(2026, 3, 1, 8, 0, tzinfo=timezone.utc)
    assert event.embargoed_until == datetime(2026, 3, 1, 12, 0, tzinfo=timezone.utc)
    assert event.subjects == (Subject(name="disaster", code="medtop:06000000"),)
    assert "<p>The death toll from the earthquake rose to 40" in event.content and "ns0:" not in event.content
    assert event.original == NEWSML.decode()


def test_a_newsml_item_after_a_comment_is_sniffed_as_newsml():
    (event,) = read(b"<!-- from the wire -->\n" + NEWSML.split(b"?>", 1)[1])
    assert isinstance(event, ArticleReceived) and event.format == "newsml"


def test_a_news_message_gives_each_item_and_rejects_a_bad_one_alone():
    item = NEWSML.split(b"?>", 1)[1]
    bad = b'<newsItem guid="urn:x:9"><contentSet/></newsItem>'
    message = b"<newsMessage><header/><itemSet>" + item + bad + b"</itemSet></newsMessage>"
    out = read(message)
    assert [type(o).__name__ for o in out] == ["ArticleReceived", "Rejection"]
    assert out[1].reason == "item 1: malformed NewsML-G2: newsItem urn:x:9: no text in its contentSet (expected inlineXML or inlineData)"


def test_an_xml_bomb_and_an_external_entity_are_refused_at_once_with_the_reason(tmp_path):
    for data, why in ((BOMB, "declares a DTD"), (EXTERNAL, "declares a DTD")):
        start = time.perf_counter()
        (rejection,) = read(data)
        assert time.perf_counter() - start < 0.5
        assert isinstance(rejection, Rejection) and rejection.reason.startswith("malformed NewsML-G2: refused: ")
        assert why in rejection.reason
    bomb = tmp_path / "bomb.xml"
    bomb.write_bytes(BOMB)
    (rejection,) = read_inputs([str(bomb)], fmt="newsml")
    assert "entity expansion" in rejection.reason


def test_an_item_without_id_is_rejected_with_the_reason():
    no_uri = {k: v for k, v in NINJS.items() if k != "uri"}
    (r1,) = read(orjson.dumps(no_uri))
    assert r1.reason == "no id (uri or guid): a ninjs item needs one to be told apart from its updates"
    (r2,) = read(NEWSML.replace(b'guid="urn:newsml:example.org:20260301:quake" ', b""))
    assert r2.reason == "no id (the newsItem's guid): a NewsML-G2 item needs one to be told apart from its updates"


def test_a_text_without_id_still_gets_a_content_hash_id():
    (event,) = read(b"A plain story with no identifier at all.")
    assert event.article_id == article_id(None, "A plain story with no identifier at all.")


def test_canceled_withheld_and_killed_items_are_withdrawals():
    canceled = {"uri": "urn:w:1", "pubstatus": "canceled", "ednote": "Legal kill: do not use"}
    withheld = {**NINJS, "pubstatus": "withheld"}
    (c,) = read(orjson.dumps(canceled))  # a cancellation needs no body
    (w,) = read(orjson.dumps(withheld))
    assert isinstance(c, ArticleWithdrawn) and c.status == "canceled" and c.reason == "Legal kill: do not use"
    assert c.article_id == article_id("urn:w:1", "") and c.item_id == "urn:w:1"
    assert isinstance(w, ArticleWithdrawn) and w.status == "withheld" and w.source == "Example Wire"
    (g,) = read(NEWSML.replace(b"stat:usable", b"stat:canceled"))
    assert isinstance(g, ArticleWithdrawn) and g.status == "canceled" and g.reason == "Updates death toll"
    (k,) = read(NEWSML.replace(b'<pubStatus qcode="stat:usable"/>', b'<signal qcode="sig:kill"/>'))
    assert isinstance(k, ArticleWithdrawn) and k.status == "killed"


def test_unknown_pubstatus_and_urgency_are_rejected_with_the_reason():
    (r1,) = read(orjson.dumps({**NINJS, "pubstatus": "draft"}))
    assert r1.reason == "malformed ninjs: pubstatus 'draft' is none of usable, withheld, canceled"
    (r2,) = read(orjson.dumps({**NINJS, "urgency": 12}))
    assert r2.reason == "malformed ninjs: urgency is not a number from 1 to 9: 12"


def test_a_50_mb_pushed_body_is_refused_without_parsing_it():
    huge = io.BytesIO(b"<newsItem>" + b"x" * (50 * 1024 * 1024))
    (rejection,) = read_inputs(["-"], stdin=huge)
    assert rejection.reason == "larger than the 20 MB input limit"
