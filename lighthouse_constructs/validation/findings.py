"""What every check reports: a Finding names the check, the object and what is wrong."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

CHECKS: tuple[str, ...] = ("schema", "name", "duplicate", "pod-security", "namespace-labels", "checkov", "exemption")
"""Every check of the gate, in report order."""


@dataclass(frozen=True, order=True)
class Finding:
    """One problem with one object. `str()` is the line the report and the tests show."""

    check: str
    kind: str
    namespace: str
    name: str
    message: str

    def __str__(self) -> str:
        return f"[{self.check}] {object_label(self.kind, self.namespace, self.name)}: {self.message}"


def object_label(kind: str, namespace: str, name: str) -> str:
    """`Kind namespace/name`, or `Kind name` for a cluster-scoped object."""
    return f"{kind} {namespace}/{name}" if namespace else f"{kind} {name}"


def identity(obj: dict[str, Any]) -> tuple[str, str, str]:
    """(kind, namespace, name) of a manifest, tolerant of malformed objects (the schema check reports those)."""
    metadata: dict[str, Any] = obj["metadata"] if isinstance(obj.get("metadata"), dict) else {}
    return (
        str(obj.get("kind") or "<no kind>"),
        str(metadata.get("namespace") or ""),
        str(metadata.get("name") or "<no name>"),
    )


def finding(check: str, obj: dict[str, Any], message: str) -> Finding:
    return Finding(check, *identity(obj), message)


def api_group(obj: dict[str, Any]) -> str:
    """The API group of `apiVersion` ("" for the core group)."""
    api_version = str(obj.get("apiVersion") or "")
    return api_version.rsplit("/", 1)[0] if "/" in api_version else ""


def json_path(path: Any) -> str:
    """`spec.template.spec.containers[0].name` from a jsonschema-style deque of keys and indices."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "<root>"
