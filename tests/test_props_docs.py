"""Every props and config field says what it does, and an optional one says its default (help() and the JSON schema show it)."""

from __future__ import annotations

import importlib
import pkgutil

import pytest
from pydantic_core import PydanticUndefined

import lighthouse_constructs
from lighthouse_constructs.props import Props


def _all_props() -> list[type[Props]]:
    for info in pkgutil.walk_packages(lighthouse_constructs.__path__, "lighthouse_constructs."):
        if ".imports" not in info.name and not info.name.endswith("__main__"):
            importlib.import_module(info.name)
    found: list[type[Props]] = []
    stack = list(Props.__subclasses__())
    while stack:
        cls = stack.pop()
        found.append(cls)
        stack.extend(cls.__subclasses__())
    return sorted(set(found), key=lambda c: f"{c.__module__}.{c.__qualname__}")


PROPS = _all_props()


def test_can_find_the_props_models() -> None:
    names = {c.__name__ for c in PROPS}
    assert {"BridgeServiceProps", "PostgresHAProps", "SentinelCacheProps", "ObservabilityStackProps"} <= names


@pytest.mark.parametrize("cls", PROPS, ids=lambda c: c.__qualname__)
def test_every_field_says_what_it_does_and_its_default(cls: type[Props]) -> None:
    problems = []
    for name, info in cls.model_fields.items():
        text = info.description or ""
        if not text.strip():
            problems.append(f"{name}: no description")
        elif info.default is not PydanticUndefined or info.default_factory is not None:
            if "default" not in text.lower():
                problems.append(f"{name}: optional, but the description does not say its default")
    assert not problems, f"{cls.__module__}.{cls.__qualname__}: {problems}"


def test_can_show_the_fields_in_help() -> None:
    from lighthouse_constructs import SentinelCacheProps

    assert "Fields:" in (SentinelCacheProps.__doc__ or "")
    assert "master_set_name (default" in (SentinelCacheProps.__doc__ or "")
