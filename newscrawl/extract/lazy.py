"""Values computed on first use and kept: the page context's and the extraction run's
shared views.

:class:`cached_property` is :func:`functools.cached_property` without its lock. On Python
3.11 the standard one takes a lock (one for every instance of the class) on each first
read, which an extraction pays a few dozen times a page; Python 3.12 dropped that lock,
and this is the 3.12 behaviour. An extraction reads its page in one thread, and every
view is a pure function of the page, so two threads computing one view would store
equal values.
"""

from __future__ import annotations

from typing import Any, Callable, Generic, TypeVar, overload

#: The type of the value a cached property computes.
T = TypeVar("T")


class cached_property(Generic[T]):  # noqa: N801 - named as the functools descriptor it stands for
    """A property computed on first read and stored in the instance's ``__dict__`` under
    its own name, where later reads find it without calling the descriptor (it defines no
    ``__set__``); deleting the attribute computes it again on the next read."""

    def __init__(self, func: Callable[[Any], T]) -> None:
        self.func = func
        self.attrname: str | None = None
        self.__doc__ = func.__doc__
        self.__module__ = func.__module__

    def __set_name__(self, owner, name: str) -> None:
        if self.attrname is not None and name != self.attrname:
            raise TypeError(f"cached_property assigned to two names ({self.attrname!r}, {name!r})")
        self.attrname = name

    @overload
    def __get__(self, instance: None, owner: type | None = None) -> cached_property[T]: ...

    @overload
    def __get__(self, instance: object, owner: type | None = None) -> T: ...

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        value = instance.__dict__[self.attrname] = self.func(instance)
        return value
