"""A small ministry website served by the local test server: a feed of statements and their pages."""

from __future__ import annotations

from datetime import date, timedelta
from html import escape

from tests.httpserver import LocalHTTPServer

STATEMENTS = [
    ("Germany", "Chancellor Olaf Scholz said Germany would send Leopard 2 tanks to Ukraine."),
    ("Hungary", "Foreign Minister Péter Szijjártó said Hungary would not send weapons to Ukraine."),
    ("China", "Foreign Ministry Spokesperson Mao Ning said China does not supply lethal weapons to Russia."),
    (
        "France",
        "President Emmanuel Macron said France strongly condemns Russia's war of aggression against Ukraine.",
    ),
    ("Türkiye", "President Recep Tayyip Erdoğan said Türkiye supports negotiations to end the war."),
    ("India", "External Affairs Minister S. Jaishankar said India would keep buying Russian oil."),
]


def article_html(title: str, published: date, paragraphs: list[str]) -> str:
    body = "\n".join(f"      <p>{escape(paragraph)}</p>" for paragraph in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{escape(title)}</title>
<meta property="article:published_time" content="{published.isoformat()}T10:00:00+00:00"></head>
<body><header><nav><a href="/">Ministry</a> <a href="/press">Press</a></nav></header>
<main><article><h1>{escape(title)}</h1>
      <p><time datetime="{published.isoformat()}">{published:%d %B %Y}</time></p>
{body}
      <p>The statement was published by the press service after the meeting, and its full text follows the
      remarks given to journalists at the end of the day in the capital.</p>
</article></main><footer>Ministry of Foreign Affairs</footer></body></html>"""


def rss(items: list[tuple[str, str, date]]) -> str:
    entries = "\n".join(
        f"<item><title>{escape(title)}</title><link>{escape(link)}</link>"
        f"<pubDate>{published:%a, %d %b %Y} 10:00:00 +0000</pubDate></item>"
        for title, link, published in items
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Press releases</title><link>http://127.0.0.1/</link>
<description>Statements</description>
{entries}
</channel></rss>"""


def publish(server: LocalHTTPServer, count: int, *, delay: float = 0.0, start=date(2023, 1, 10)) -> list[str]:
    """Serve ``count`` statement pages and a feed listing them; returns the pages' URLs."""
    items = []
    for number in range(count):
        actor, sentence = STATEMENTS[number % len(STATEMENTS)]
        published = start + timedelta(days=number % 1000)  # past dates only: a future date reads as no date
        title = f"Statement {number + 1}: {actor} on the war"
        path = f"/press/statement-{number + 1}"
        paragraphs = [
            f"On {published:%d %B %Y}, {sentence}",
            f"Officials met in the capital to discuss the situation (reference {number + 1}).",
        ]
        server.add(path, article_html(title, published, paragraphs), content_type="text/html; charset=utf-8",
                   delay=delay)  # fmt: skip
        items.append((title, server.url(path) + "?utm_source=rss", published))
    server.add("/feed.xml", rss(items), content_type="application/rss+xml", etag='"feed-v1"')
    server.robots("User-agent: *\nAllow: /\n")
    return [server.url(f"/press/statement-{n + 1}") for n in range(count)]
