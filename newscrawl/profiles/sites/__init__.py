"""The built-in site profiles: one module per site, each registering its profile on import.

Adding a site: write ``<name>.py`` beside these (a :class:`~newscrawl.profiles.SiteProfile`
passed to :func:`~newscrawl.profiles.register`) and add it to :data:`SITE_MODULES`.
"""

from importlib import import_module

#: The site modules, imported in this order when the registry is first used.
SITE_MODULES = (
    "kyivindependent", "apnews", "reuters", "themirror", "telegraph", "euronews",
    "faz", "welt", "sueddeutsche", "lavanguardia", "lefigaro", "corriere",
    "rzeczpospolita", "yomiuri", "kommersant", "dagbladet",
)

for _module in SITE_MODULES:
    import_module(f"{__name__}.{_module}")
