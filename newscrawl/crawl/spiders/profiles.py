"""One spider per site profile, generated from the registry: a profile is a spider
with no spider code (``scrapy crawl <profile name>``).

Each starts from the profile's feeds and sitemaps and from robots.txt discovery of its
start URLs, stays on its domains and extracts with the profile.
"""

from newscrawl.extract.profiles import all_profiles
from newscrawl.crawl.spiders.base import NewsSpider


class ProfileSpider(NewsSpider):
    """Base of the generated profile spiders."""

    def entry_requests(self):
        if self.start_article_urls or self.start_sitemaps or self.start_feeds or self.start_sites:
            yield from super().entry_requests()
            return
        profile = self.profile
        self.start_sitemaps.extend(profile.sitemaps)
        self.start_feeds.extend(profile.feeds)
        # robots.txt discovery as well: a site's sitemaps change more often than profiles
        # do (Scrapy's duplicate filter drops what both name).
        self.start_sites.extend(profile.start_urls)
        yield from super().entry_requests()


def _spider_for(profile) -> type[ProfileSpider]:
    return type(
        f"{profile.name.title().replace('-', '').replace('_', '')}Spider",
        (ProfileSpider,),
        {
            "name": profile.name,
            "profile": profile,
            "allowed_domains": list(profile.domains),
            "custom_settings": {"NEWSCRAWL_RENDER": profile.render} if profile.render else {},
            "__module__": __name__,
            "__doc__": f"Crawl {', '.join(profile.domains)} with the {profile.name!r} profile.",
        },
    )


def _register_all() -> None:
    for profile in all_profiles():
        spider = _spider_for(profile)
        globals()[spider.__name__] = spider


_register_all()
