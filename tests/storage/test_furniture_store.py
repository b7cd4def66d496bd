"""Tests of the on-disk site furniture memory: a real SQLite file, merged by separate
store objects as separate runs would, and a file that is not a store set aside."""

from __future__ import annotations

import logging
import sqlite3

from newscrawl.storage.furniture_store import (LAYOUT_VERSION, FurnitureStore, split_pages,
                                               store_path)

A, B, C = b"page-aaa", b"page-bbb", b"page-ccc"
KEY, OTHER = b"para-001", b"para-002"


def test_what_one_run_merges_the_next_one_loads(tmp_path):
    path = store_path(tmp_path)
    first = FurnitureStore(path)
    assert first.load("news.example") == {}
    assert first.merge({"news.example": {KEY: {A, B}}}, cap=3, max_keys=100) == 1
    first.close()
    assert path.parent.name == "_state" and path.is_file()
    second = FurnitureStore(path)
    assert second.load("news.example") == {KEY: {A, B}}
    assert second.load("other.example") == {}
    second.close()


def test_two_writers_unite_their_pages_and_keep_at_most_the_cap(tmp_path):
    path = store_path(tmp_path)
    one, two = FurnitureStore(path), FurnitureStore(path)
    one.load("news.example"), two.load("news.example")  # both open before either writes
    one.merge({"news.example": {KEY: {A}}}, cap=2, max_keys=100)
    two.merge({"news.example": {KEY: {B}, OTHER: {C}}}, cap=2, max_keys=100)
    assert one.load("news.example") == {KEY: {A, B}, OTHER: {C}}
    # a third page adds nothing once the cap is reached, and nothing unchanged is rewritten
    assert one.merge({"news.example": {KEY: {C}}}, cap=2, max_keys=100) == 1
    assert len(one.load("news.example")[KEY]) == 2
    assert one.merge({"news.example": {OTHER: {C}}}, cap=2, max_keys=100) == 0
    one.close(), two.close()


def test_past_the_bound_paragraphs_seen_once_are_forgotten(tmp_path):
    store = FurnitureStore(store_path(tmp_path))
    singles = {bytes([n]) * 8: {A} for n in range(5)}
    store.merge({"news.example": {**singles, KEY: {A, B}}}, cap=3, max_keys=4)
    assert store.load("news.example") == {KEY: {A, B}}
    store.close()


def test_a_file_that_is_not_a_store_is_set_aside(tmp_path, caplog):
    path = store_path(tmp_path)
    path.parent.mkdir(parents=True)
    path.write_bytes(b"not a database, written by something else" * 20)
    store = FurnitureStore(path)
    with caplog.at_level(logging.WARNING):
        assert store.load("news.example") == {}
    assert "unreadable" in caplog.text
    assert path.with_name(path.name + ".unreadable").is_file()
    store.merge({"news.example": {KEY: {A}}}, cap=3, max_keys=10)
    store.close()
    assert FurnitureStore(path).load("news.example") == {KEY: {A}}


def test_a_store_of_another_layout_is_set_aside(tmp_path):
    path = store_path(tmp_path)
    path.parent.mkdir(parents=True)
    with sqlite3.connect(path) as old:
        old.execute("CREATE TABLE layout (version INTEGER NOT NULL)")
        old.execute("INSERT INTO layout VALUES (?)", (LAYOUT_VERSION + 1,))
    old.close()
    store = FurnitureStore(path)
    assert store.load("news.example") == {}
    store.close()
    assert path.with_name(path.name + ".unreadable").is_file()


def test_pages_are_packed_digests():
    assert split_pages(A + B) == {A, B}
    assert split_pages(b"") == set()
