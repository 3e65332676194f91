"""Apply dist/<env> the way Argo CD would: the root folder, the apps folder, then each sync wave of the
Applications in order, every wave admitted before the next starts.

A chart Application's wave applies its folder (cluster-scoped objects and Namespaces first, then the
namespaces' quotas and LimitRanges, then the rest, as Argo CD orders kinds within a sync). An operator
release's wave does what its Helm chart would for our objects: its namespace (CreateNamespace, with the
Application's managedNamespaceMetadata labels) and its CRDs, from $LIGHTHOUSE_CRD_DIR. Before a wave is
applied, every need of its objects (lighthouse_constructs.delivery.requirements) that something in the
environment provides must already be on the cluster: a Secret an ExternalSecret writes counts as there once
the ExternalSecret is (no External Secrets controller runs here).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from lighthouse_constructs.delivery.gitops import SYNC_WAVE
from lighthouse_constructs.delivery.releases import RELEASES, HelmRelease
from lighthouse_constructs.delivery.requirements import (
    CRD,
    Ref,
    crd_ref,
    needs,
    provides,
    self_ref,
)
from lighthouse_constructs.environments.charts import APPS_CHART, ROOT_CHART

from cluster_checks import apply_all, delivery_waves, label, wait_established
from cluster_harness import ROOT, ApiError, Kube, iter_docs, wait_until

ARGO_CD_CRDS = {("argoproj.io", "Application"), ("argoproj.io", "AppProject"), ("argoproj.io", "ApplicationSet")}
"""What the Argo CD install (done once, by hand) brings before the root Application."""


@dataclass
class Plan:
    """What dist/<env> tells Argo CD."""

    env: str
    root: list[dict[str, Any]]
    apps: list[dict[str, Any]]
    charts: dict[str, list[dict[str, Any]]]
    waves: dict[str, int]  # Application short name -> wave
    releases: dict[str, HelmRelease]
    namespace_labels: dict[str, dict[str, str]]  # release short name -> its namespace's labels

    def order(self) -> list[tuple[int, list[str]]]:
        by_wave: dict[int, list[str]] = {}
        for short, wave in self.waves.items():
            by_wave.setdefault(wave, []).append(short)
        return sorted((w, sorted(names)) for w, names in by_wave.items())


def plan(env: str) -> Plan:
    root_dir = ROOT / "dist" / env
    charts = {p.name: list(iter_docs(p)) for p in sorted(root_dir.iterdir()) if p.is_dir()}
    root, apps = charts.pop(ROOT_CHART), charts.pop(APPS_CHART)
    project = next(o for o in root if o["kind"] == "Application")["metadata"]["name"].removesuffix("-root")
    waves, labels, releases = {}, {}, {}
    by_name = {r.name: r for r in RELEASES}
    for app in (o for o in apps if o["kind"] == "Application"):
        short = app["metadata"]["name"].removeprefix(f"{project}-")
        waves[short] = int(app["metadata"]["annotations"][SYNC_WAVE])
        if app["spec"]["project"].endswith("-operators"):
            releases[short] = by_name[short]
            labels[short] = (app["spec"]["syncPolicy"].get("managedNamespaceMetadata") or {}).get("labels", {})
        else:
            assert app["spec"]["source"]["path"] == f"dist/{env}/{short}", app["spec"]["source"]
    assert set(waves) == set(charts) | set(releases), (sorted(waves), sorted(charts))
    return Plan(env, root, apps, charts, waves, releases, labels)


@dataclass
class WaveReport:
    applied: list[dict[str, Any]] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # a need absent from the cluster when its wave began
    waves: list[str] = field(default_factory=list)  # one line per wave: what it applied


def providers(p: Plan) -> dict[Ref, dict[str, Any] | None]:
    """Every Ref something in the environment provides -> the object providing it (None: a release)."""
    out: dict[Ref, dict[str, Any] | None] = {}
    for objects in p.charts.values():
        for obj in objects:
            for ref in provides(obj):
                out[ref] = obj
    for r in p.releases.values():
        out[Ref("Namespace", None, r.namespace)] = None
        out.update({crd_ref(g, k): None for g, k in r.crd_kinds})
    return out


def present(kube: Kube, ref: Ref, provider: dict[str, Any] | None, crds: dict[str, dict[str, Any]]) -> bool:
    if ref.kind == CRD:
        group, kind = ref.name.split("/")
        return any(c["spec"]["group"] == group and c["spec"]["names"]["kind"] == kind for c in crds.values())
    target = provider if provider is not None else {"apiVersion": "v1", "kind": ref.kind, "metadata": {"name": ref.name}}
    try:
        kube.get_json(kube.obj_path(target))
        return True
    except (ApiError, LookupError):
        return False


def apply_plan(kube: Kube, p: Plan, crd_docs: list[dict[str, Any]], order: list[tuple[int, list[str]]] | None = None,
               prerequisites: list[dict[str, Any]] = ()) -> WaveReport:  # type: ignore[assignment]
    """Apply `p` wave by wave (`order`: default the Applications' waves); stop after the first wave that
    is not wholly admitted, as Argo CD would. Each of `prerequisites` (objects that exist before the
    environment, such as a legacy volume) is applied as soon as its namespace exists."""
    report = WaveReport()
    pending = list(prerequisites)
    for objects in (p.root, p.apps):
        part = apply_all(kube, objects)
        report.applied += part.applied
        report.rejected += part.rejected
    by_kind = {(c["spec"]["group"], c["spec"]["names"]["kind"]): c for c in crd_docs}
    installed: dict[str, dict[str, Any]] = {c["metadata"]["name"]: c for c in crd_docs
                                            if (c["spec"]["group"], c["spec"]["names"]["kind"]) in ARGO_CD_CRDS}
    provided = providers(p)
    for wave, shorts in order or p.order():
        objects = [o for s in shorts if s in p.charts for o in p.charts[s]]
        for short in (s for s in shorts if s in p.charts):
            own = {ref for obj in p.charts[short] for ref in provides(obj)}  # Argo CD orders those by kind
            for obj in p.charts[short]:
                for ref, where in needs(obj):
                    if ref in provided and ref not in own and not present(kube, ref, provided[ref], installed):
                        report.missing.append(f"wave {wave}: {label(obj)} needs {ref} ({where}), which is not on the cluster yet")
        release_objects = []
        for short in shorts:
            r = p.releases.get(short)
            if r is None:
                continue
            release_objects.append({"apiVersion": "v1", "kind": "Namespace",
                                    "metadata": {"name": r.namespace, "labels": p.namespace_labels.get(short, {})}})
            crds = [by_kind[k] for k in r.crd_kinds if k in by_kind]
            release_objects += crds
            installed.update({c["metadata"]["name"]: c for c in crds})
        part = apply_all(kube, release_objects, threads=4)
        new_crds = [o for o in release_objects if o["kind"] == "CustomResourceDefinition"]
        if new_crds and not part.rejected:
            wait_established(kube, new_crds)
        report.applied += part.applied
        report.rejected += part.rejected
        for step in delivery_waves(objects, kube):
            quotas = [o for o in step if o["kind"] == "ResourceQuota"]
            part = apply_all(kube, step)
            report.applied += part.applied
            report.rejected += part.rejected
            report.warnings += part.warnings
            if quotas and not part.rejected:
                # pods created before the quota controller counted a new quota are refused
                wait_until(f"{len(quotas)} ResourceQuotas to get a status", lambda quotas=quotas: all(
                    kube.get_json(kube.obj_path(q)).get("status", {}).get("used") is not None for q in quotas), 60)
        report.waves.append(f"wave {wave}: {', '.join(shorts)} ({len(objects)} objects, {len(new_crds)} CRDs)")
        ready = [o for o in pending if present(kube, Ref("Namespace", None, o["metadata"]["namespace"]), None, installed)]
        if ready:
            part = apply_all(kube, ready)
            report.rejected += part.rejected
            pending = [o for o in pending if o not in ready]
        if report.rejected or report.missing:
            break
    return report


def wave_objects(p: Plan) -> list[dict[str, Any]]:
    """Every chart object in wave order (for the checks that follow the apply)."""
    return [o for _, shorts in p.order() for s in shorts if s in p.charts for o in p.charts[s]]


__all__ = ["ARGO_CD_CRDS", "Plan", "WaveReport", "apply_plan", "plan", "present", "providers", "self_ref", "wave_objects"]
