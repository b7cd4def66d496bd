"""The built-in site profiles: one module per site, each defining ``PROFILE``.

Adding a site: write ``<name>.py`` beside these (a module-level ``PROFILE``, a
:class:`~newscrawl.extract.profiles.base.SiteProfile`) and add it to :data:`SITE_MODULES`; the
registry (:mod:`newscrawl.extract.profiles`) registers every one on first use.
"""

from importlib import import_module

from newscrawl.extract.profiles.base import SiteProfile

#: The site modules, registered in this order.
SITE_MODULES = (
    "kyivindependent", "apnews", "reuters", "themirror", "telegraph", "euronews",
    "faz", "welt", "sueddeutsche", "lavanguardia", "lefigaro", "corriere",
    "rzeczpospolita", "yomiuri", "kommersant", "dagbladet",
)


def builtin_profiles() -> list[SiteProfile]:
    """Every built-in profile (a module may define ``PROFILES`` for several)."""
    found: list[SiteProfile] = []
    for name in SITE_MODULES:
        module = import_module(f"{__name__}.{name}")
        found.extend(getattr(module, "PROFILES", None) or [module.PROFILE])
    return found
