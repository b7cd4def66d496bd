"""The package version, in a module of its own so that any layer can read it, and the
User-Agent that names it."""

__version__ = "0.1.0"


def user_agent(contact: str | None) -> str:
    """The User-Agent newscrawl sends: its name and version, and how to reach the operator."""
    return f"newscrawl/{__version__} (+{contact})" if contact else f"newscrawl/{__version__}"
