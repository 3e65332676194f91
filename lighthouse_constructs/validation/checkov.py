"""checkov (a policy scanner nobody here wrote) over synthesized directories, and the exemptions
that let one object skip one of its checks.

checkov is an optional external tool: it pins dependencies that conflict with the test tools, so it
lives in a venv of its own (`.tools/checkov` in this checkout, installed by `make tools`; elsewhere
any venv or pipx install, see `checkov_python`). An exemption is only a
`checkov.io/skip<N>: CKV_K8S_<id>=<reason>` annotation on the object, and every one found must be
listed, with the same reason, in an allow-list: the library's own (`exemptions.yaml`, package data
next to this module) or the user's (`--exemptions`).
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

import yaml

from .findings import Finding, finding, identity
from .schemas import REPO_ROOT

DRIVER = Path(__file__).with_name("_checkov_driver.py")
DEFAULT_ALLOW_LIST = Path(__file__).with_name("exemptions.yaml")
"""The library's own allow-list (package data): what its constructs skip by design."""
_ANNOTATION = re.compile(r"^checkov\.io/skip\d+$")
_VALUE = re.compile(r"^(CKV_K8S_\d+)=(.*)$")
_CHECK_ONLY = re.compile(r"^\s*CKV2?_K8S_\d+\s*$")
_SKIP_PREFIXES = ("checkov.io/skip", "bridgecrew.io/skip", "cortex.io/skip")  # what checkov honours


class CheckovUnavailable(RuntimeError):
    """No Python that can run checkov was found."""


def _shebang_python(script: str) -> Path | None:
    """The interpreter a console script (pipx's `checkov`) starts, if it names a Python."""
    try:
        with open(script, "rb") as handle:
            first = handle.readline(512).decode(errors="replace")
    except OSError:
        return None
    parts = first[2:].split() if first.startswith("#!") else []
    return Path(parts[0]) if parts and "python" in Path(parts[0]).name else None


def checkov_python() -> Path:
    """The Python that runs checkov: $LIGHTHOUSE_CHECKOV_PYTHON; else this checkout's tool venv
    (.tools/checkov, `make tools`); else this Python if it can import checkov; else the interpreter
    of a `checkov` on PATH (a pipx install). With none of them, the tool venv's path (missing)."""
    configured = os.environ.get("LIGHTHOUSE_CHECKOV_PYTHON")
    if configured:
        return Path(configured)
    tool_venv = REPO_ROOT / ".tools" / "checkov" / "bin" / "python"
    if tool_venv.exists():
        return tool_venv
    if importlib.util.find_spec("checkov") is not None:
        return Path(sys.executable)
    script = shutil.which("checkov")
    interpreter = _shebang_python(script) if script else None
    return interpreter if interpreter is not None and interpreter.exists() else tool_venv


def checkov_unavailable() -> str | None:
    """Why checkov cannot run here, or None if it can."""
    python = checkov_python()
    if python.exists():
        return None
    return (f"checkov is not installed (no {python}). It pins its own dependencies: install it in a venv of its own "
            f"(or with pipx) and set LIGHTHOUSE_CHECKOV_PYTHON to that venv's python; in the lighthouse-constructs "
            f"checkout, `make tools` installs it")


def _resource_label(resource: str) -> tuple[str, str, str]:
    """checkov names a resource `Kind.namespace.name` (namespace "default" when unset)."""
    kind, _, rest = resource.partition(".")
    namespace, _, name = rest.partition(".")
    return kind, namespace, name


def _reports(output: str) -> list[dict[str, Any]]:
    data = json.loads(output) if output.strip() else {}
    return data if isinstance(data, list) else [data]


def parse_checkov_output(output: str, exit_code: int) -> list[Finding]:
    """Findings from checkov's JSON: one per failed check, plus parse errors and crashes."""
    try:
        reports = _reports(output)
    except ValueError:
        return [Finding("checkov", "checkov", "", "run", f"exit code {exit_code}, no JSON output: {output[-300:]!r}")]
    out = []
    for report in reports:
        summary = report.get("summary", report)
        for check in report.get("results", {}).get("failed_checks", []):
            kind, namespace, name = _resource_label(check.get("resource", ""))
            out.append(Finding("checkov", kind, namespace, name,
                               f"{check['check_id']} {check.get('check_name', '')} ({check.get('file_path', '')})"))
        if summary.get("parsing_errors"):
            out.append(Finding("checkov", "checkov", "", "parse",
                               f"{summary['parsing_errors']} file(s) checkov could not parse"))
    if exit_code not in (0, 1) or (exit_code == 1 and not out):
        out.append(Finding("checkov", "checkov", "", "run", f"checkov exited with {exit_code}"))
    return sorted(set(out))


def run_checkov(directories: Iterable[Path], timeout: float = 600) -> dict[Path, list[Finding]]:
    """checkov `--framework kubernetes` over each directory separately (its graph checks, such
    as "pod has a NetworkPolicy", must not see other environments), in one driver process."""
    directories = list(directories)
    python = checkov_python()
    if (why := checkov_unavailable()) is not None:
        raise CheckovUnavailable(why)
    missing = [str(d) for d in directories if not d.is_dir()]
    if missing:  # checkov would scan nothing and report success
        raise FileNotFoundError(f"not a directory: {', '.join(missing)}")
    if not directories:
        return {}
    absolute = {d: str(d.resolve()) for d in directories}
    done = subprocess.run(
        [str(python), "-I", str(DRIVER), *absolute.values()],  # -I: not this folder on sys.path
        capture_output=True, text=True, timeout=timeout, env={**os.environ, "LOG_LEVEL": "ERROR"},
    )
    if done.returncode != 0:
        raise RuntimeError(f"checkov driver failed ({done.returncode}): {done.stderr[-2000:]}")
    results = json.loads(done.stdout)
    return {d: parse_checkov_output(results[a]["output"], results[a]["exit_code"]) for d, a in absolute.items()}


# ---------------------------------------------------------------------------------------------
# Exemptions


@dataclass(frozen=True, order=True)
class Exemption:
    """One object skipping one checkov check, and why."""

    kind: str
    namespace: str
    name: str
    check: str
    reason: str

    def __str__(self) -> str:
        where = f"{self.namespace}/{self.name}" if self.namespace else self.name
        return f"{self.kind} {where} skips {self.check}: {self.reason}"


def exemptions_in(objects: Iterable[dict[str, Any]]) -> tuple[list[Exemption], list[Finding]]:
    """The well-formed exemptions on `objects`, and findings for malformed ones (no reason, not a
    CKV_K8S check, a key checkov honours that is not `checkov.io/skip<N>`)."""
    found, problems = [], []
    for obj in objects:
        annotations = (obj.get("metadata") or {}).get("annotations") or {}
        kind, namespace, name = identity(obj)
        for key, value in sorted(annotations.items()):
            if not any(prefix in key for prefix in _SKIP_PREFIXES):
                continue
            if not _ANNOTATION.match(key):
                problems.append(finding("exemption", obj, f"annotation {key}: an exemption is only a checkov.io/skip<N> annotation"))
                continue
            match = _VALUE.match(str(value))
            if _CHECK_ONLY.match(str(value)) or (match and not match.group(2).strip()):
                problems.append(finding("exemption", obj, f"annotation {key}={value!r}: exemption without a reason"))
            elif not match:
                problems.append(finding("exemption", obj, f"annotation {key}={value!r}: expected CKV_K8S_<id>=<reason>"))
            elif "=" in match.group(2):
                problems.append(finding("exemption", obj, f"annotation {key}={value!r}: the reason must not contain '=' (checkov splits on it)"))
            else:
                found.append(Exemption(kind, namespace, name, match.group(1), match.group(2).strip()))
    return found, problems


def load_allow_list(path: Path = DEFAULT_ALLOW_LIST) -> set[Exemption]:
    """An allow-list file (the library's by default): `exemptions:` a list of {kind, namespace, name, check, reason}."""
    data = yaml.safe_load(path.read_text()) or {}
    fields = ("kind", "namespace", "name", "check", "reason")
    entries = data.get("exemptions") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise ValueError(f"{path}: expected a mapping with an `exemptions:` list")
    out = set()
    for i, entry in enumerate(entries):
        if not isinstance(entry, dict) or set(entry) != set(fields):
            raise ValueError(f"{path}: exemptions[{i}] must have exactly the keys {', '.join(fields)}; got {entry!r}")
        if not str(entry["reason"] or "").strip():
            raise ValueError(f"{path}: exemptions[{i}] has no reason")
        out.add(Exemption(*(str(entry[f] or "") for f in fields)))
    return out


def check_exemptions(objects: Iterable[dict[str, Any]], allowed: set[Exemption]) -> tuple[list[Finding], list[Exemption]]:
    """Findings for malformed exemptions and for ones not in the allow-list; and all exemptions found."""
    found, problems = exemptions_in(objects)
    for exemption in found:
        if exemption not in allowed:
            problems.append(Finding("exemption", exemption.kind, exemption.namespace, exemption.name,
                                    f"{exemption.check} exemption {exemption.reason!r} is not in an allow-list "
                                    "(the library's exemptions.yaml or an --exemptions file)"))
    return problems, found


def stale_exemptions(found: Iterable[Exemption], allowed: set[Exemption]) -> list[Exemption]:
    """Allow-list entries that no object uses any more (a whole dist/ must be checked to know)."""
    return sorted(allowed - set(found))
