"""The gate: every check over every environment directory, and the report `make check` prints."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, Mapping, Sequence

from .checkov import (
    DEFAULT_ALLOW_LIST,
    CheckovUnavailable,
    Exemption,
    check_exemptions,
    checkov_unavailable,
    load_allow_list,
    run_checkov,
    stale_exemptions,
)
from .duplicates import check_duplicates
from .findings import CHECKS, Finding
from .manifests import environment_dirs, load_sources
from .pod_security import PrivilegedPod, check_namespace_labels, check_pod_security
from .schemas import check_schemas


@dataclass
class EnvironmentReport:
    """What the gate found in one environment."""

    name: str
    objects: list[dict[str, Any]]
    findings: list[Finding]
    privileged_pods: list[PrivilegedPod] = field(default_factory=list)
    exemptions: list[Exemption] = field(default_factory=list)

    @property
    def kinds(self) -> list[str]:
        return sorted({str(o.get("kind")) for o in self.objects})

    def count(self, check: str) -> int:
        return sum(1 for f in self.findings if f.check == check)


CheckovMode = Literal["auto", "require", "skip"]
"""auto: run checkov if it is installed, else say so and go on; require: fail without it; skip."""


def check_objects(name: str, objects: list[dict[str, Any]], *, allowed: set[Exemption],
                  checkov_findings: list[Finding] | None = None, crd_dir: Path | None = None,
                  places: Sequence[object] | None = None) -> EnvironmentReport:
    """All in-process checks over one environment's objects (checkov's findings are passed in).
    `places[i]` says where `objects[i]` was read, for the duplicate findings."""
    pod_findings, privileged = check_pod_security(objects)
    exemption_findings, exemptions = check_exemptions(objects, allowed)
    findings = (
        check_schemas(objects, crd_dir)
        + check_duplicates(objects, places)
        + pod_findings
        + check_namespace_labels(objects)
        + list(checkov_findings or [])
        + exemption_findings
    )
    order = {check: i for i, check in enumerate(CHECKS)}
    findings.sort(key=lambda f: (order.get(f.check, len(order)), f))
    return EnvironmentReport(name, objects, findings, privileged, exemptions)


@dataclass
class GateReport:
    """The gate over several environments, plus allow-list entries that nothing uses."""

    environments: dict[str, EnvironmentReport]
    stale: list[Exemption]
    exemption_files: list[Path] = field(default_factory=list)
    """The allow-lists whose unused entries are findings (`stale`): the ones passed with --exemptions."""
    checkov_not_run: str = ""
    """Why checkov did not run (mode auto without checkov installed), or ""."""

    @property
    def ok(self) -> bool:
        return not self.stale and all(not env.findings for env in self.environments.values())

    def table(self) -> str:
        headers = ["environment", "objects", "kinds", *CHECKS]
        rows = [
            [env.name, str(len(env.objects)), str(len(env.kinds)),
             *("-" if c == "checkov" and self.checkov_not_run else str(env.count(c)) for c in CHECKS)]
            for env in self.environments.values()
        ]
        widths = [max(len(r[i]) for r in [headers, *rows]) for i in range(len(headers))]
        lines = ["  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths)))
                 for row in [headers, *rows]]
        return "\n".join(lines)

    def render(self) -> str:
        out = [self.table()]
        for env in self.environments.values():
            if env.findings:
                out += ["", f"{env.name}: {len(env.findings)} finding(s)"] + [f"  {f}" for f in env.findings]
        privileged = [(env.name, p) for env in self.environments.values() for p in env.privileged_pods]
        if privileged:
            out += ["", 'Pods that fail "restricted", allowed because their namespace enforces "privileged":']
            out += [f"  {name}: {p.label}: {'; '.join(map(str, p.violations))}" for name, p in privileged]
        exemptions = sorted({e for env in self.environments.values() for e in env.exemptions})
        if exemptions:
            out += ["", "checkov exemptions in use:"] + [f"  {e}" for e in exemptions]
        if self.stale:
            files = ", ".join(map(str, self.exemption_files))
            out += ["", f"exemptions no object uses (remove them from {files}):"]
            out += [f"  {e}" for e in self.stale]
        if self.checkov_not_run:
            out += ["", f"checkov: not run: {self.checkov_not_run} (--checkov skip silences this)"]
        out += ["", "gate: " + ("passed" if self.ok else "FAILED")]
        return "\n".join(out)


def check_environments(env_dirs: Mapping[str, Path], *, exemptions: Sequence[Path] = (),
                       library_exemptions: Path | None = DEFAULT_ALLOW_LIST, crd_dir: Path | None = None,
                       checkov: CheckovMode | bool = "require") -> GateReport:
    """Every check over each environment directory; checkov scans each directory on its own.

    An exemption is allowed if the library's allow-list or one of `exemptions` lists it; entries of
    `exemptions` that no object uses are findings (the library's own are not: a user need not use
    every construct). Duplicates are looked for within each environment directory.
    """
    mode = ("require" if checkov else "skip") if isinstance(checkov, bool) else checkov
    if mode not in ("auto", "require", "skip"):
        raise ValueError(f"checkov mode {checkov!r}: expected auto, require or skip")
    own = set().union(*(load_allow_list(path) for path in exemptions))
    allowed = own | (load_allow_list(library_exemptions) if library_exemptions is not None else set())
    not_run = checkov_unavailable() if mode == "auto" else None
    if mode == "require" and (why := checkov_unavailable()) is not None:
        raise CheckovUnavailable(why)
    checkov_findings = run_checkov(env_dirs.values()) if mode != "skip" and not not_run else {}
    reports = {}
    for name, path in env_dirs.items():
        loaded = load_sources(path)
        reports[name] = check_objects(name, [obj for obj, _ in loaded], allowed=allowed, places=[src for _, src in loaded],
                                      checkov_findings=checkov_findings.get(path, []), crd_dir=crd_dir)
    used = [e for env in reports.values() for e in env.exemptions]
    return GateReport(reports, stale_exemptions(used, own), list(exemptions), not_run or "")


def check_tree(root: Path, **options: Any) -> GateReport:
    """The gate over `root`'s environment subdirectories (dist/dev, dist/staging, ...)."""
    envs = environment_dirs(root)
    if not envs:
        raise FileNotFoundError(f"{root}: no YAML files in it or in its subdirectories")
    return check_environments(envs, **options)
