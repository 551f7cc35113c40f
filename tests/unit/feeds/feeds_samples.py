"""Feeds written for the feed tests (RSS 2.0 and Atom)."""

from __future__ import annotations

from html import escape

BODY = ("A storm hit the northern coast on Monday, cutting power to 30,000 homes, officials said. "
        "Crews worked through the night to restore the lines, and schools stayed closed.")


def rss(items: list[dict], title: str = "Wire One") -> bytes:
    parts = [f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>{escape(title)}</title>'
             "<link>https://wire.example/</link><description>test wire</description>"]
    for item in items:
        parts.append("<item>")
        for tag in ("title", "guid", "link", "pubDate"):
            if item.get(tag) is not None:
                parts.append(f"<{tag}>{escape(item[tag])}</{tag}>")
        if item.get("description") is not None:
            parts.append(f"<description>{escape(item['description'])}</description>")
        parts.append("</item>")
    parts.append("</channel></rss>")
    return "".join(parts).encode()


def story(n: int, body: str = BODY) -> dict:
    return {"title": f"Story {n}", "guid": f"tag:wire.example,2026:{n}", "link": f"https://wire.example/{n}",
            "pubDate": "Sat, 05 Dec 2026 07:00:00 GMT", "description": f"<p>{body} (Story {n}.)</p>"}


ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Atom Desk</title><id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id><updated>2026-12-05T08:00:00Z</updated>
  <entry>
    <title>Port reopens</title><id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
    <link href="https://atom.example/port"/>
    <published>2026-12-05T06:30:00Z</published><updated>2026-12-05T07:45:00+01:00</updated>
    <summary>Short summary.</summary>
    <content type="html">&lt;p&gt;The port reopened on Saturday after a week of repairs, the authority said, and 40 ships waited to dock.&lt;/p&gt;</content>
  </entry>
</feed>
"""
