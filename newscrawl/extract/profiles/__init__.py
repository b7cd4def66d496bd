"""The registry of site profiles (see :mod:`newscrawl.extract.profiles.base`)."""

from __future__ import annotations

from newscrawl.extract.profiles.base import ProfileVersion, SiteProfile
from newscrawl.extract.profiles.sites import builtin_profiles
from newscrawl.urls import domain_of

_REGISTRY: dict[str, SiteProfile] = {}


def register(profile: SiteProfile) -> SiteProfile:
    """Add a profile to the registry (names are unique)."""
    if profile.name in _REGISTRY:
        raise ValueError(f"duplicate site profile {profile.name!r}")
    _REGISTRY[profile.name] = profile
    return profile


def all_profiles() -> list[SiteProfile]:
    """Every registered profile, by name."""
    _load_builtin()
    return [_REGISTRY[k] for k in sorted(_REGISTRY)]


def get_profile(name: str) -> SiteProfile:
    """The profile called ``name`` (KeyError if there is none)."""
    _load_builtin()
    return _REGISTRY[name]


def profile_for_url(url: str) -> SiteProfile | None:
    """The profile whose domains cover the URL's host, or None; when several do
    (``euronews.com`` and ``de.euronews.com``), the one with the longest matching domain."""
    _load_builtin()
    host = domain_of(url)
    best, best_length = None, -1
    for profile in _REGISTRY.values():
        length = profile.matching_domain_length(host)
        if length > best_length:
            best, best_length = profile, length
    return best


_loaded = False


def _load_builtin() -> None:
    global _loaded
    if not _loaded:
        _loaded = True
        for profile in builtin_profiles():
            register(profile)


__all__ = ["SiteProfile", "ProfileVersion", "register", "all_profiles", "get_profile",
           "profile_for_url"]
