"""The lock-free cached property of the page context and the extraction run."""

import pytest

from newscrawl.extract.lazy import cached_property


class _Counted:
    def __init__(self):
        self.calls = 0

    @cached_property
    def value(self) -> int:
        """The number of computations so far."""
        self.calls += 1
        return self.calls


def test_computed_once_and_kept_in_the_instance():
    item = _Counted()
    assert item.value == 1
    assert item.value == 1
    assert item.calls == 1
    assert item.__dict__["value"] == 1


def test_each_instance_computes_its_own():
    first, second = _Counted(), _Counted()
    assert first.value == 1
    assert second.value == 1
    assert first.calls == second.calls == 1


def test_deleting_computes_again():
    item = _Counted()
    assert item.value == 1
    del item.value
    assert item.value == 2


def test_read_on_the_class_gives_the_descriptor_with_its_doc():
    assert isinstance(_Counted.value, cached_property)
    assert _Counted.value.__doc__ == "The number of computations so far."


def test_one_descriptor_under_two_names_is_refused():
    def compute(self):
        return 1

    shared = cached_property(compute)
    with pytest.raises((TypeError, RuntimeError)):
        type("Twice", (), {"first": shared, "second": shared})
