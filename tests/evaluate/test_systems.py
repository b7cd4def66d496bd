"""Turning Articles into Predictions, and newscrawl's extractor as an evaluated system."""

import datetime as dt

from newscrawl.model.article import Article, Image
from newscrawl.evaluate.systems import (article_date, caption_forms, newscrawl_system,
                                        own_systems, prediction_from_article)

UTC = dt.timezone.utc

PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Glacier lake drained overnight | Alpine Courier</title>
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "Glacier lake drained overnight", "datePublished": "2024-07-09T06:10:00+02:00",
 "author": {"@type": "Person", "name": "Lea Brunner"}}</script></head>
<body><article><h1>Glacier lake drained overnight</h1>
<p>A lake that formed on the glacier this spring drained overnight into the valley below,
raising the river by half a metre before dawn, the canton said on Tuesday morning.</p>
<p>No one was hurt. Hikers were asked to keep away from the river banks for the rest of the
day while geologists flew over the glacier to look for further pools of meltwater.</p>
<p>The canton has monitored the lake since May, when it first appeared on satellite images
taken after an unusually warm spell at the end of the ski season.</p>
</article></body></html>"""


def test_article_date_honours_the_precision_flag():
    moment = dt.datetime(2024, 7, 9, 4, 10, tzinfo=UTC)
    assert article_date(moment, "exact").kind == "instant"
    assert article_date(moment, "date").value == dt.date(2024, 7, 9)
    naive = article_date(moment, "naive")
    assert naive.kind == "wallclock" and naive.value == dt.datetime(2024, 7, 9, 4, 10)
    assert article_date(None, "exact") is None


def test_an_instant_carries_the_day_its_raw_states():
    # Half past midnight in Sydney is the previous day in UTC: the page's own day is the 22nd.
    moment = dt.datetime(2020, 1, 21, 13, 30, tzinfo=UTC)
    value = article_date(moment, "exact", "2020-01-22T00:30:00+11:00")
    assert value.kind == "instant" and value.own_day == dt.date(2020, 1, 22)
    printed = article_date(dt.datetime(2024, 3, 4, 23, 15, tzinfo=UTC), "site-tz",
                           "5. März 2024, 00:15 Uhr", "de")
    assert printed.own_day == dt.date(2024, 3, 5)
    # No raw, a relative raw, an unreadable raw, or a raw no real offset reconciles with
    # the moment: no own day (the metric falls back to any real offset).
    assert article_date(moment, "exact").own_day is None
    assert article_date(moment, "relative", "vor 3 Stunden", "de").own_day is None
    assert article_date(moment, "exact", "sometime soon").own_day is None
    assert article_date(moment, "exact", "2020-01-25T00:30:00+11:00").own_day is None


def test_caption_forms_add_the_credit_variant():
    assert caption_forms("Boats at dawn", "Photo: A. Berg") == ["Boats at dawn",
                                                               "Boats at dawn Photo: A. Berg"]
    assert caption_forms("Boats at dawn", None) == ["Boats at dawn"]
    assert caption_forms("  ", "Photo: A. Berg") == []


def test_prediction_from_an_article():
    article = Article(url="https://x.example/a", headline="H", body="B", authors=["A"],
                      published_at=dt.datetime(2024, 1, 2, 3, 4, tzinfo=UTC),
                      published_precision="exact",
                      images=[Image(url="u1", caption="C1", credit="K"), Image(url="u2")])
    prediction = prediction_from_article(article)
    assert (prediction.headline, prediction.body, prediction.authors) == ("H", "B", ["A"])
    assert prediction.published.kind == "instant"
    assert prediction.captions == [["C1", "C1 K"]]  # the image without a caption is left out


def test_newscrawl_generic_runs_the_real_extractor():
    system = newscrawl_system(profiles=False)
    assert system.name == "newscrawl-generic" and not system.is_peer
    prediction = prediction_from_article(system.extract(PAGE, "https://courier.example/glacier-lake"))
    assert "No one was hurt" in prediction.body
    assert prediction.headline == "Glacier lake drained overnight"
    assert prediction.authors == ["Lea Brunner"]
    assert prediction.published.value == dt.datetime(2024, 7, 9, 4, 10, tzinfo=UTC)


def test_own_systems_by_profile_mode():
    assert [s.name for s in own_systems("both")] == ["newscrawl-generic", "newscrawl-profiles"]
    assert [s.name for s in own_systems("on")] == ["newscrawl-profiles"]
