"""Typed references to Kubernetes Secrets, so a secret's name and keys are written once.

The platform's ExternalSecret construct produces a SecretHandle; consumers (BridgeService,
SentinelCache, PostgresHA, ObjectStore credentials, alert receivers) accept one and ask it for
keys, which are checked against the keys the secret is declared to hold.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .handles import SecretHandle


@dataclass(frozen=True)
class SecretKeyRef:
    """One key of one Secret in one namespace."""

    secret_name: str
    key: str
    namespace: str
    revision: str | None = field(default=None, compare=False)
    """The secret's revision when its handle announces one (ExternalSecretHandle); a pod-template
    annotation built from it rolls the pods when the secret changes."""




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


SECRET_REVISION_ANNOTATION = "lighthouse.io/secret-revision"
"""Pod-template annotation whose value changes whenever a secret the pods read changes."""

AWS_CREDENTIALS_FILE_KEY = "credentials"
"""The Secret key of an `aws_credentials_file` template (the file name AWS tools expect)."""


def secret_revision_annotations(*handles: object) -> dict[str, str]:
    """The pod-template annotation that rolls the pods when any of `handles` changes.

    Pass every SecretHandle the pods read; handles without a `revision` (SecretRef) cannot
    announce changes and are skipped. Returns {} when none has one, so the annotation is absent
    rather than constant. Order of the handles does not matter.
    """
    revisions = sorted(
        f"{h.namespace}/{h.secret_name}={h.revision}"  # type: ignore[attr-defined]
        for h in handles
        if isinstance(getattr(h, "revision", None), str)
    )
    if not revisions:
        return {}
    return {SECRET_REVISION_ANNOTATION: hashlib.sha256("\n".join(revisions).encode()).hexdigest()}
