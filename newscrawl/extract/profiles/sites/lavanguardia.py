"""La Vanguardia (Spanish, Spain).

Overrides:

* images - video players (``.video-player`` at the top of the story,
  ``.media_video-container`` inside it) carry a ``figcaption`` with the video's title,
  not a picture's caption; the author's portrait (``figure.author-image``) is no picture
  of the article either.
"""

import datetime as dt

from newscrawl.extract.profiles.base import ProfileVersion, SiteProfile
from newscrawl.extract.profiles.rules import article_images

PROFILE = SiteProfile(
    name="lavanguardia",
    domains=("lavanguardia.com",),
    start_urls=("https://www.lavanguardia.com/",),
    allow=(r"/\d{8}/\d+/[^/]+\.html(?:[?#]|$)",),
    deny=(r"/autores/", r"/temas/", r"/videos/"),
    timezone="Europe/Madrid",
    language="es",
    versions=(ProfileVersion(since=dt.date(2020, 1, 1), label="2020", fields={
        "images": [article_images(skip=(
            "//*[contains(@class, 'video-player')]",
            "//*[contains(@class, 'media_video-container')]",
            "//figure[contains(@class, 'author-image')]",
        ))],
    }),),
)
