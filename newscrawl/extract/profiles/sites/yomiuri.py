"""The Yomiuri Shimbun (Japanese, Japan).

Article URLs end in an id like ``/20241203-OYT1T50218/``. No field rules: the generic
extractor reads the headline, the date and the article's WordPress figures right.
"""

from newscrawl.extract.profiles.base import SiteProfile

PROFILE = SiteProfile(
    name="yomiuri",
    domains=("yomiuri.co.jp",),
    start_urls=("https://www.yomiuri.co.jp/",),
    allow=(r"/\d{8}-OYT\w+/?(?:[?#]|$)",),
    deny=(r"/pluralphoto/", r"/feature/titlelist/"),
    timezone="Asia/Tokyo",
    language="ja",
)
