"""``-s NEWSCRAWL_CONTACT=...`` reaches the wire: the User-Agent of every request names it."""

from __future__ import annotations


from newscrawl.testsite import TestSite
from newscrawl.testsite.routes import Response, Route, exact
from tests.run_helpers import FAST, PROJECT, SCRAPY
from tests import processes

PAGE = ("<html><head><title>x</title></head><body><article><h1>Pier reopens</h1>"
        + "<p>The pier reopened on Monday after repairs that took the whole winter.</p>" * 20
        + "</article></body></html>").encode()


def user_agents_seen(tmp_path, *extra) -> list[str]:
    seen = []

    def answer(request):
        seen.append(request.headers.get("user-agent", ""))
        return Response(200, PAGE)

    with TestSite(extra_routes=[Route("pier", exact("/news/pier-reopens-after-repairs"),
                                      answer)]) as site:
        result = processes.run(
            [SCRAPY, "crawl", "article", "-a", f"url={site.url('/news/pier-reopens-after-repairs')}",
             "-s", f"NEWSCRAWL_OUTPUT={tmp_path / 'out'}", "-s", "NEWSCRAWL_EXTRACT_WORKERS=0",
             *FAST, *extra], cwd=PROJECT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    return seen


def test_contact_setting_is_in_the_user_agent(tmp_path):
    seen = user_agents_seen(tmp_path, "-s", "NEWSCRAWL_CONTACT=mailto:ops@newsroom.example")
    assert seen and all("(+mailto:ops@newsroom.example)" in ua for ua in seen), seen
    assert all(ua.startswith("newscrawl/") for ua in seen)


def test_default_contact_and_explicit_user_agent(tmp_path):
    from newscrawl.defaults import NEWSCRAWL_CONTACT

    assert all(NEWSCRAWL_CONTACT in ua for ua in user_agents_seen(tmp_path / "a"))
    explicit = user_agents_seen(tmp_path / "b", "-s", "USER_AGENT=custom-bot/1.0")
    assert explicit and set(explicit) == {"custom-bot/1.0"}
