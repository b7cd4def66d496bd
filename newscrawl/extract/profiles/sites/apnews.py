"""AP News (English, United States).

Articles live under ``/article/<slug>-<32 hex digits>``; hubs, videos and galleries are
other shapes. The generic extractor reads headline, bylines, dates and captions right,
so the profile has no field rules.
"""

from newscrawl.extract.profiles.base import SiteProfile

PROFILE = SiteProfile(
    name="apnews",
    domains=("apnews.com",),
    start_urls=("https://apnews.com/",),
    allow=(r"^https?://(?:www\.)?apnews\.com/article/[^/?#]+",),
    deny=(r"/hub/", r"/video/", r"/photo-gallery/"),
    timezone="America/New_York",
    language="en",
)
