"""Schema and name checks: would the API server (with strict field validation) accept each object?

Core kinds validate against the Kubernetes OpenAPI schemas that `kubernetes-validate` ships in
strict form (unknown fields are errors), of two versions: the API the constructs emit
(KUBERNETES_API_VERSION, cdk8s-plus-28) and the oldest cluster they run on
(KUBERNETES_CLUSTER_VERSION). A kind must exist in the first and still be served by the second. Its `validate()` re-reads the 1 MB definitions file on
every call and stops at the first error, so this module builds one validator per kind on the same
schema files and reports every error. Custom resources validate against their CRD version's
`openAPIV3Schema`, made strict the way the API server prunes: an object node without
`x-kubernetes-preserve-unknown-fields` rejects fields it does not list.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Iterable

import jsonschema
import yaml
from referencing import Registry, Resource

from ..conventions import KUBERNETES_API_VERSION, KUBERNETES_CLUSTER_VERSION
from .findings import Finding, api_group, finding, json_path
from .manifests import load_all

REPO_ROOT = Path(__file__).resolve().parents[2]
CORE_SCHEMA_VERSIONS = (KUBERNETES_API_VERSION, KUBERNETES_CLUSTER_VERSION)
"""The Kubernetes versions core kinds are validated against, the emitted API first."""
_DEFINITIONS_URI = "https://kubernetes.io/api/_definitions.json"
_OBJECT_META = f"{_DEFINITIONS_URI}#/$defs/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"
_CACHE_FORMAT = 1


def default_crd_dir() -> Path:
    """$LIGHTHOUSE_CRD_DIR, else ../shared/crds next to the repository."""
    return Path(os.environ.get("LIGHTHOUSE_CRD_DIR") or REPO_ROOT / ".." / "shared" / "crds").resolve()


def default_cache_dir() -> Path:
    """Where parsed CRDs are cached: $LIGHTHOUSE_CACHE_DIR, else the user's cache directory."""
    if os.environ.get("LIGHTHOUSE_CACHE_DIR"):
        return Path(os.environ["LIGHTHOUSE_CACHE_DIR"])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "lighthouse-constructs"


# ---------------------------------------------------------------------------------------------
# Error messages


def _short(value: Any) -> str:
    text = json.dumps(value, sort_keys=True, default=str)
    return text if len(text) <= 60 else text[:57] + "..."


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def _types(types: list[str]) -> str:
    wanted = list(dict.fromkeys(t for t in types if t != "null")) or ["null"]
    return " or ".join(wanted)


def _child(path: str, key: str) -> str:
    return key if path == "<root>" else f"{path}.{key}"


def _describe(error: jsonschema.ValidationError, prefix: tuple[Any, ...] = ()) -> list[str]:
    """One line per problem, `path: what is wrong`."""
    path = json_path([*prefix, *error.absolute_path])
    instance, value = error.instance, error.validator_value
    if error.validator == "additionalProperties" and isinstance(instance, dict):
        known = set(error.schema.get("properties", {}))
        patterns = list(error.schema.get("patternProperties", {}))
        extra = [k for k in instance if k not in known and not any(re.search(p, k) for p in patterns)]
        return [f"{_child(path, k)}: unknown field" for k in sorted(extra)]
    if error.validator == "required" and isinstance(instance, dict):
        return [f"{_child(path, k)}: required field missing" for k in value if k not in instance]
    if error.validator in ("anyOf", "oneOf") and all(isinstance(b, dict) and set(b) <= {"type", "format"} for b in value):
        # int-or-string and friends: a union of types reads best as one
        return [f"{path}: expected {_types([t for b in value for t in _as_list(b.get('type'))])}, got {_short(instance)}"]
    if error.validator == "type":
        return [f"{path}: expected {_types(_as_list(value))}, got {_short(instance)}"]
    if error.validator == "enum":
        return [f"{path}: {_short(instance)} is not one of {_short([v for v in value if v is not None])}"]
    if error.validator in ("anyOf", "oneOf"):
        return [f"{path}: {_short(instance)} matches none of the allowed forms ({error.validator})"]
    message = error.message if len(error.message) <= 200 else error.message[:197] + "..."
    return [f"{path}: {message}"]


def _errors(validator: Any, instance: Any, prefix: tuple[Any, ...] = ()) -> list[str]:
    return [line for e in validator.iter_errors(instance) for line in _describe(e, prefix)]


# ---------------------------------------------------------------------------------------------
# Core kinds (kubernetes-validate's bundled strict schemas)


class CoreSchemas:
    """Validators for the built-in kinds of one Kubernetes version, built once per kind."""

    def __init__(self, version: str = KUBERNETES_API_VERSION) -> None:
        self.version = version
        schema_dir = f"v{version}.0-local-strict"
        self._dir = resources.files("kubernetes_validate") / "kubernetes-json-schema" / schema_dir
        if not (self._dir / "_definitions.json").is_file():
            raise RuntimeError(f"the installed kubernetes-validate has no {schema_dir} schemas: "
                               f"install a version that ships Kubernetes {version}")
        definitions = json.loads((self._dir / "_definitions.json").read_text())
        self._registry: Registry = Resource.from_contents(definitions) @ Registry()
        self._validators: dict[tuple[str, str], Any] = {}
        self.metadata_validator = jsonschema.Draft202012Validator({"$ref": _OBJECT_META}, registry=self._registry)

    def validator(self, api_version: str, kind: str) -> Any | None:
        """The validator for a built-in kind, or None if this Kubernetes version has no such kind."""
        key = (api_version, kind)
        if key not in self._validators:
            # kubernetes-validate's file naming: apps/v1 -> apps-v1, networking.k8s.io/v1 -> networking-v1
            suffix = re.sub(r"^([^./]*)(?:\.[^/]*)?/", r"\1-", api_version)
            path = self._dir / f"{kind.lower()}-{suffix}.json"
            validator = None
            if path.is_file():
                schema = json.loads(path.read_text())
                group, _, version = api_version.rpartition("/")
                gvks = schema.get("x-kubernetes-group-version-kind", [])
                # the file name drops the group's domain: check the kind really is this group's
                if any(g.get("group", "") == group and g["version"] == version and g["kind"] == kind for g in gvks):
                    registry = Resource.from_contents(schema) @ self._registry
                    validator = jsonschema.Draft202012Validator(schema, registry=registry)
            self._validators[key] = validator
        return self._validators[key]


@lru_cache(maxsize=len(CORE_SCHEMA_VERSIONS))
def core_schemas(version: str = KUBERNETES_API_VERSION) -> CoreSchemas:
    return CoreSchemas(version)


def _core_errors(obj: dict[str, Any], api_version: str, kind: str) -> list[str] | None:
    """Schema errors of a core kind against every version in CORE_SCHEMA_VERSIONS, or None if the
    emitted API has no such kind. An error found in only some of the versions names them."""
    if core_schemas().validator(api_version, kind) is None:
        return None
    lines, found = [], {}
    for version in CORE_SCHEMA_VERSIONS:
        validator = core_schemas(version).validator(api_version, kind)
        if validator is None:
            lines.append(f"{api_version} {kind} is not served by Kubernetes {version}")
        else:
            found[version] = set(_errors(validator, obj))
    for line in sorted(set().union(*found.values())):
        versions = [v for v in found if line in found[v]]
        lines.append(line if len(versions) == len(CORE_SCHEMA_VERSIONS) else f"{line} (Kubernetes {', '.join(versions)})")
    return lines


# ---------------------------------------------------------------------------------------------
# Custom resources (CRD files)


def strict_crd_schema(node: dict[str, Any]) -> dict[str, Any]:
    """A Draft 7 JSON schema that accepts what the API server accepts for this structural schema.

    Object nodes reject unknown fields unless `x-kubernetes-preserve-unknown-fields`;
    `x-kubernetes-int-or-string` allows integer or string; `nullable: true` allows null.
    Logical junctors (anyOf, allOf, ...) only carry value validations in a structural schema,
    so they are left as they are.
    """
    out = dict(node)
    if node.get("x-kubernetes-int-or-string") and "type" not in node:
        out["type"] = ["integer", "string"]
    if node.get("nullable"):
        kind = out.get("type")
        if isinstance(kind, str):
            out["type"] = [kind, "null"]
        elif isinstance(kind, list) and "null" not in kind:
            out["type"] = [*kind, "null"]
        if "enum" in out and None not in out["enum"]:
            out["enum"] = [*out["enum"], None]
    for bound, exclusive in (("minimum", "exclusiveMinimum"), ("maximum", "exclusiveMaximum")):
        if isinstance(out.get(exclusive), bool):  # OpenAPI 3.0 boolean form -> JSON Schema number form
            if out.pop(exclusive) and bound in out:
                out[exclusive] = out.pop(bound)
    if isinstance(node.get("properties"), dict):
        out["properties"] = {k: strict_crd_schema(v) for k, v in node["properties"].items()}
    if isinstance(node.get("additionalProperties"), dict):
        out["additionalProperties"] = strict_crd_schema(node["additionalProperties"])
    if isinstance(node.get("items"), dict):
        out["items"] = strict_crd_schema(node["items"])
    if node.get("x-kubernetes-embedded-resource"):
        props = out["properties"] = dict(out.get("properties", {}))
        props.setdefault("apiVersion", {"type": "string"})
        props.setdefault("kind", {"type": "string"})
        props.setdefault("metadata", {"type": "object"})
    preserve = node.get("x-kubernetes-preserve-unknown-fields") is True
    if not preserve and "additionalProperties" not in out and ("properties" in out or out.get("type") == "object"):
        out["additionalProperties"] = False
    return out


class CrdCatalog:
    """The CRDs in a directory, indexed by (group, kind). Parsing all of them takes seconds, so a
    file's CRDs are parsed only when one of its kinds is needed, and cached as JSON by content hash."""

    def __init__(self, crd_dir: Path, cache_dir: Path | None = None) -> None:
        self.crd_dir = crd_dir
        self.cache_dir = cache_dir
        self._files: dict[tuple[str, str], Path] = {}
        self._validators: dict[tuple[str, str, str], Any] = {}
        self._index()

    def _index(self) -> None:
        if not self.crd_dir.is_dir():
            return
        for path in sorted(self.crd_dir.rglob("*.y*ml")):
            for group, kind in self._kinds_in(path):
                self._files.setdefault((group, kind), path)

    def _kinds_in(self, path: Path) -> list[tuple[str, str]]:
        text = path.read_text()
        # Everything a CRD needs to be indexed comes before `spec.versions`: parse only that part.
        cut = text.find("\n  versions:")
        try:
            header = load_all(text[:cut]) if cut > 0 else []
            if len(header) == 1 and header[0].get("kind") == "CustomResourceDefinition":
                return [(header[0]["spec"]["group"], header[0]["spec"]["names"]["kind"])]
        except (yaml.YAMLError, KeyError, TypeError, AttributeError):
            pass  # not the usual layout: parse the whole file
        return [(c["group"], c["kind"]) for c in self._parse(path)]

    def _parse(self, path: Path) -> list[dict[str, Any]]:
        """The CRDs in a file: [{name, group, kind, versions: {name: {served, schema}}}]."""
        data = path.read_bytes()
        digest = hashlib.sha256(data).hexdigest()
        cached = self.cache_dir / "crd-schemas" / f"{digest}-{_CACHE_FORMAT}.json" if self.cache_dir else None
        if cached and cached.is_file():
            try:
                crds: list[dict[str, Any]] = json.loads(cached.read_text())
                return crds
            except ValueError:
                pass
        crds = [
            {
                "name": doc["metadata"]["name"],
                "group": doc["spec"]["group"],
                "kind": doc["spec"]["names"]["kind"],
                "versions": {
                    v["name"]: {"served": v.get("served", False), "schema": v.get("schema", {}).get("openAPIV3Schema")}
                    for v in doc["spec"]["versions"]
                },
            }
            for doc in load_all(data.decode())
            if isinstance(doc, dict) and doc.get("kind") == "CustomResourceDefinition"
        ]
        if cached:
            try:
                cached.parent.mkdir(parents=True, exist_ok=True)
                with tempfile.NamedTemporaryFile("w", dir=cached.parent, delete=False, suffix=".tmp") as tmp:
                    json.dump(crds, tmp)
                os.replace(tmp.name, cached)
            except OSError:
                pass  # an unwritable cache only costs time
        return crds

    def has(self, group: str, kind: str) -> bool:
        return (group, kind) in self._files

    def validator(self, group: str, version: str, kind: str) -> tuple[Any | None, str]:
        """(validator, "") or (None, why there is none)."""
        key = (group, version, kind)
        if key in self._validators:
            return self._validators[key], ""
        path = self._files[(group, kind)]
        crd = next(c for c in self._parse(path) if (c["group"], c["kind"]) == (group, kind))
        entry = crd["versions"].get(version)
        if entry is None:
            return None, f"no schema: CRD {crd['name']} has no version {version} (it has {', '.join(crd['versions'])})"
        if not entry["served"]:
            return None, f"no schema: version {version} of CRD {crd['name']} is not served"
        if not entry["schema"]:
            return None, f"no schema: CRD {crd['name']} version {version} has no openAPIV3Schema"
        schema = strict_crd_schema(entry["schema"])
        props = schema["properties"] = dict(schema.get("properties", {}))
        props["metadata"] = {}  # validated against the real ObjectMeta schema instead
        props.setdefault("apiVersion", {"type": "string"})
        props.setdefault("kind", {"type": "string"})
        self._validators[key] = jsonschema.Draft7Validator(schema)
        return self._validators[key], ""


@lru_cache(maxsize=4)
def crd_catalog(crd_dir: Path, cache_dir: Path | None) -> CrdCatalog:
    return CrdCatalog(crd_dir, cache_dir)


# ---------------------------------------------------------------------------------------------
# The checks


def check_schema(obj: dict[str, Any], catalog: CrdCatalog) -> list[Finding]:
    """Every way `obj` breaks its schema; a kind with no schema is itself a finding."""
    api_version, kind = obj.get("apiVersion"), obj.get("kind")
    if not isinstance(api_version, str) or not isinstance(kind, str) or not api_version or not kind:
        return [finding("schema", obj, "apiVersion and kind are required")]
    core_lines = _core_errors(obj, api_version, kind)
    if core_lines is not None:
        lines = core_lines
    else:
        group, version = api_group(obj), api_version.rpartition("/")[2]
        if not catalog.has(group, kind):
            missing = "" if catalog.crd_dir.is_dir() else " (that directory does not exist: set LIGHTHOUSE_CRD_DIR)"
            return [finding(
                "schema", obj,
                f"no schema for {api_version} {kind}: not a Kubernetes {KUBERNETES_API_VERSION} kind "
                f"and no CRD for it in {catalog.crd_dir}{missing}",
            )]
        validator, why = catalog.validator(group, version, kind)
        if validator is None:
            return [finding("schema", obj, why)]
        lines = _errors(validator, obj)
        if "metadata" in obj:
            lines += _errors(core_schemas().metadata_validator, obj["metadata"], ("metadata",))
    return [finding("schema", obj, line) for line in sorted(set(lines))]


_LABEL = r"[a-z0-9]([-a-z0-9]*[a-z0-9])?"
_DNS1123_LABEL = re.compile(rf"^{_LABEL}$")
_DNS1123_SUBDOMAIN = re.compile(rf"^{_LABEL}(\.{_LABEL})*$")
_DNS1035_LABEL = re.compile(r"^[a-z]([-a-z0-9]*[a-z0-9])?$")
_RULES = {
    "DNS-1123 subdomain": (_DNS1123_SUBDOMAIN, 253, 'lowercase letters, digits, "-" and ".", starting and ending with a letter or digit'),
    "DNS-1123 label": (_DNS1123_LABEL, 63, 'lowercase letters, digits and "-", starting and ending with a letter or digit'),
    "DNS-1035 label": (_DNS1035_LABEL, 63, 'lowercase letters, digits and "-", starting with a letter and ending with a letter or digit'),
}
NAME_RULE_BY_KIND = {"Namespace": "DNS-1123 label", "Service": "DNS-1035 label"}
"""The name rule of kinds that are stricter than the usual DNS-1123 subdomain."""


def _name_problem(value: str, rule: str) -> str | None:
    pattern, limit, allowed = _RULES[rule]
    if pattern.match(value) and len(value) <= limit:
        return None
    return f"{value!r} is not a {rule} ({allowed}, at most {limit} characters)"


def check_name(obj: dict[str, Any]) -> list[Finding]:
    """metadata.name follows its kind's rule; metadata.namespace is a DNS-1123 label."""
    metadata: dict[str, Any] = obj["metadata"] if isinstance(obj.get("metadata"), dict) else {}
    name = metadata.get("name")
    if not isinstance(name, str) or not name:
        return [finding("name", obj, "metadata.name is missing")]
    out = []
    rule = NAME_RULE_BY_KIND.get(str(obj.get("kind")), "DNS-1123 subdomain")
    if problem := _name_problem(name, rule):
        out.append(finding("name", obj, f"metadata.name {problem}"))
    namespace = metadata.get("namespace")
    if namespace is not None and (problem := _name_problem(str(namespace), "DNS-1123 label")):
        out.append(finding("name", obj, f"metadata.namespace {problem}"))
    return out


def check_schemas(objects: Iterable[dict[str, Any]], crd_dir: Path | None = None,
                  cache_dir: Path | None = None) -> list[Finding]:
    """Schema and name findings for every object."""
    catalog = crd_catalog(crd_dir or default_crd_dir(), cache_dir if cache_dir is not None else default_cache_dir())
    out: list[Finding] = []
    for obj in objects:
        out += check_schema(obj, catalog) + check_name(obj)
    return out


__all__ = [
    "CORE_SCHEMA_VERSIONS", "CoreSchemas", "CrdCatalog", "check_name", "check_schema", "check_schemas",
    "default_cache_dir", "default_crd_dir", "strict_crd_schema",
]
