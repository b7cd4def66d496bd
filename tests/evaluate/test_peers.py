"""Peer adapters on a small hand-written page (skipped when the bench extra is absent)."""

import datetime as dt

import pytest

from newscrawl.evaluate import peers

PAGE = """<html><head><title>Night trains return to the valley - Valley Post</title>
<meta name="author" content="Ines Lund">
<meta property="article:published_time" content="2024-06-01T07:45:00+02:00">
</head><body><header><a href="/">Valley Post</a></header>
<article><h1>Night trains return to the valley</h1>
<p>After twelve years without a sleeper service, the first night train in a decade left the
valley station on Friday evening with every bed booked and a queue on the platform.</p>
<p>The operator said demand had surprised it and that a second weekly departure would be added
from September, when the summer timetable ends and the winter season begins.</p>
<p>Passengers interviewed on board said they preferred the train to the early morning flight,
citing comfort, the view over the lakes and the chance to arrive rested in the capital.</p>
</article><footer>About us · Contact</footer></body></html>"""


@pytest.mark.parametrize("name", list(peers.PEERS))
def test_peer_reads_the_article_text(name):
    module, adapter, fields = peers.PEERS[name]
    pytest.importorskip(module, reason=f"{name} (bench extra) not installed")
    prediction = adapter(PAGE, "https://valley.example/night-trains")
    if "body" in fields:
        assert "second weekly departure" in prediction.body
        assert "Contact" not in prediction.body
    if "headline" in fields:
        assert "Night trains return to the valley" in prediction.headline
    if "published" in fields:
        assert prediction.published is not None
        assert prediction.published.value.isoformat().startswith("2024-06-01")
    if "authors" in fields:
        assert [a.lower() for a in prediction.authors] == ["ines lund"]


def test_readability_text_keeps_paragraphs_apart():
    import lxml.html

    text = peers.html_fragment_text(lxml.html.fromstring("<div><p>one</p><p>two</p></div>"))
    assert text.split() == ["one", "two"]


def test_peer_systems_lists_missing_ones_instead_of_failing():
    systems, missing = peers.peer_systems()
    assert {s.name for s in systems} | set(missing) == set(peers.PEERS)
    assert all(s.is_peer for s in systems)


def test_trafilatura_date_is_a_day():
    pytest.importorskip("trafilatura")
    prediction = peers.trafilatura_extract(PAGE, "https://valley.example/night-trains")
    assert prediction.published.kind == "day"
    assert prediction.published.value == dt.date(2024, 6, 1)


def test_network_block_refuses_other_hosts_but_not_loopback():
    import socket

    unblock = peers.block_network()
    try:
        with pytest.raises(OSError, match="blocked"):
            socket.getaddrinfo("example.com", 80)
        assert socket.getaddrinfo("127.0.0.1", 80)
    finally:
        unblock()
    assert not getattr(socket.getaddrinfo, "newscrawl_blocked", False)
