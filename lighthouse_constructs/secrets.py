"""Typed references to Kubernetes Secrets, so a secret's name and keys are written once.

The platform's ExternalSecret construct produces a SecretHandle; consumers (BridgeService,
SentinelCache, PostgresHA, ObjectStore credentials, alert receivers) accept one and ask it for
keys, which are checked against the keys the secret is declared to hold.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol


@dataclass(frozen=True)
class SecretKeyRef:
    """One key of one Secret in one namespace."""

    secret_name: str
    key: str
    namespace: str
    revision: str | None = field(default=None, compare=False)
    """The secret's revision when its handle announces one (ExternalSecretHandle); a pod-template
    annotation built from it rolls the pods when the secret changes."""


class SecretHandle(Protocol):
    """A Secret a consumer may read: its name, namespace and declared keys."""

    @property
    def secret_name(self) -> str: ...

    @property
    def namespace(self) -> str: ...

    @property
    def keys(self) -> tuple[str, ...]: ...

    def key(self, key: str) -> SecretKeyRef: ...


@dataclass(frozen=True)
class ExistingSecret:
    """A Secret created outside this library (e.g. by an operator or by hand)."""

    secret_name: str
    namespace: str
    keys: tuple[str, ...]

    def key(self, key: str) -> SecretKeyRef:
        return secret_key(self, key)


def secret_key(handle: SecretHandle, key: str) -> SecretKeyRef:
    """A reference to `key` of `handle`, or an error naming the keys the secret declares."""
    if key not in handle.keys:
        raise ValueError(
            f"secret {handle.namespace}/{handle.secret_name} has no key {key!r}; "
            f"declared keys: {', '.join(handle.keys) or '(none)'}"
        )
    return SecretKeyRef(
        secret_name=handle.secret_name, key=key, namespace=handle.namespace, revision=getattr(handle, "revision", None)
    )
