"""The one base of every props and config model.

Frozen (props are values), unknown fields are errors (a typo never passes silently), and the
docstring under each field is its description: pydantic puts it in the JSON schema, and the class
docstring gains a "Fields" section so that `help(SomeProps)` lists every field with its default.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict
from pydantic_core import PydanticUndefined


class Props(BaseModel):
    """Base of the props and config models."""

    model_config = ConfigDict(frozen=True, extra="forbid", use_attribute_docstrings=True)

    @classmethod
    def __pydantic_init_subclass__(cls, **kwargs: Any) -> None:
        super().__pydantic_init_subclass__(**kwargs)
        cls.__doc__ = _with_fields((cls.__doc__ or "").rstrip(), cls)


def _default(info: Any) -> str:
    if info.default_factory is not None:
        return "built by default"
    if info.default is PydanticUndefined:
        return "required"
    shown = repr(info.default)
    return f"default {shown}" if len(shown) <= 40 else "has a default"


def _with_fields(doc: str, cls: type[BaseModel]) -> str:
    own = [(name, info) for name, info in cls.model_fields.items() if not info.exclude]
    if not own:
        return doc
    lines = [doc, "", "Fields:"]
    for name, info in own:
        description = " ".join((info.description or "(undocumented)").split())
        lines.append(f"    {name} ({_default(info)}): {description}")
    return "\n".join(lines)
