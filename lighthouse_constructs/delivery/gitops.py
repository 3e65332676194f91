"""Argo CD delivery of one environment: the AppProjects, one Application per chart and per operator
release, sync waves from the dependency graph, and sync options per object.

`GitOps` goes into its own chart (its folder is what the root Application syncs); `RootApplication`
into another (applied once, by hand or by the fleet's ApplicationSet). Both read the App's other
charts: each of those is one Application, deploying the folder the App writes it to.

The Applications are written at synth, like MeshPolicy's objects, because their waves and the
per-object sync options come from the synthesized objects of every chart (MeshPolicy's included).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from typing import Any, Literal, cast

import cdk8s
import constructs
import jsii
from pydantic import Field, field_validator, model_validator

from ..chart_objects import (
    app_charts,
    chart_snapshot,
    once_per_synth,
    write_before_reading,
)
from ..conventions import KUBERNETES_CLUSTER_VERSION, standard_labels
from ..imports.argo.io import argoproj as argo
from ..mesh_policy.props import DNS1123_LABEL
from ..props import Props
from ..uniqueness import ensure_unique_objects
from . import health
from .releases import RELEASES, HelmRelease, release, unsupported
from .requirements import CORE_GROUPS, Ref, crd_ref, group_of, self_ref
from .waves import Member, WaveError, contradictions, edges, waves

COMPONENT = "delivery"
"""`app.kubernetes.io/component` of the Argo CD objects."""
SYNC_WAVE = "argocd.argoproj.io/sync-wave"
SYNC_OPTIONS = "argocd.argoproj.io/sync-options"
CLIENT_SIDE_APPLY_LIMIT = 262144
"""Bytes: client-side apply stores the whole object in an annotation, which may not exceed this
(the API server's total annotation size limit); larger objects need server-side apply."""
STATEFUL_KINDS = frozenset({
    ("postgresql.cnpg.io", "Cluster"), ("barmancloud.cnpg.io", "ObjectStore"), ("", "PersistentVolumeClaim"),
})
"""Kinds whose deletion loses data: Argo CD must never prune or delete them (with StatefulSets and
Prometheus Operator CRs that claim volumes, found by their spec)."""

_FLOATING = re.compile(r"^(HEAD|latest|\*|.*[*^~><=|, ].*|.*\.x(\..*)?)$", re.IGNORECASE)


def floating(revision: str) -> bool:
    """A revision that moves by itself: HEAD, latest, a wildcard or a range."""
    return not revision or bool(_FLOATING.match(revision))


class SyncWindow(Props):
    """An Argo CD sync window of the environment's AppProject."""

    kind: Literal["allow", "deny"]
    """`deny` blocks syncs while it is active; `allow` permits them only while active."""
    schedule: str = Field(min_length=9)
    """When it opens, as a cron expression (e.g. `0 22 * * *`)."""
    duration: str = Field(pattern=r"^[0-9]+[mh]$")
    """How long it stays open (e.g. `1h`, `30m`)."""
    applications: tuple[str, ...] = ()
    """Application short names (a chart id or a release name) it applies to. Default: every
    Application of the environment."""
    manual_sync: bool = True
    """Whether a person may still sync by hand while the window blocks. Default: True."""
    time_zone: str = "UTC"
    """The schedule's time zone. Default: UTC."""


class GitOpsProps(Props):
    """How Argo CD deploys one environment."""

    environment: str = Field(pattern=DNS1123_LABEL, max_length=40)
    """The environment (a DNS label), shown in the AppProject's description."""
    name: str | None = Field(default=None, pattern=DNS1123_LABEL, max_length=40)
    """The prefix of every Argo CD object: Applications `<name>-<chart or release>`, AppProjects
    `<name>` (the charts), `<name>-operators` and `<name>-root`. Default: the environment."""
    repo_url: str = Field(min_length=1)
    """The Git repository holding the synthesized output."""
    target_revision: str = Field(min_length=1)
    """The branch or tag Argo CD deploys from (never HEAD, latest, a wildcard or a range)."""
    path: str = Field(min_length=1)
    """The repository folder holding this environment's chart folders (e.g. `dist/prod`)."""
    argocd_namespace: str = "argocd"
    """The namespace Argo CD runs in and reads Applications from. Default: argocd."""
    destination_server: str = "https://kubernetes.default.svc"
    """The cluster the Applications deploy to. Default: the cluster Argo CD runs in."""
    automated: bool = True
    """Automated sync with prune and self-heal. Default: True."""
    manual_applications: tuple[str, ...] = ()
    """Applications (chart ids or release names) whose automated sync is off, whatever
    `automated` says: a person syncs them. Default: none."""
    sync_windows: tuple[SyncWindow, ...] = ()
    """The AppProjects' sync windows. Default: none (sync any time)."""
    releases: tuple[str, ...] | None = None
    """The operator releases (delivery.releases names) to install. Default: every release."""
    cluster_version: str = Field(default=KUBERNETES_CLUSTER_VERSION, pattern=r"^1\.[0-9]+$")
    """The Kubernetes minor version of the target cluster: synth fails when an installed release
    does not support it. Default: conventions.KUBERNETES_CLUSTER_VERSION."""

    @field_validator("target_revision")
    @classmethod
    def _pinned(cls, value: str) -> str:
        if floating(value):
            raise ValueError(f"target_revision {value!r} floats; name a branch or a tag (not HEAD, latest, a wildcard or a range)")
        return value

    @model_validator(mode="after")
    def _known_releases(self) -> GitOpsProps:
        known = {r.name for r in RELEASES}
        unknown = sorted(set(self.releases or ()) - known)
        if unknown:
            raise ValueError(f"releases: unknown {unknown}; the releases are {sorted(known)}")
        return self

    @property
    def prefix(self) -> str:
        return self.name or self.environment

    def installed(self) -> tuple[HelmRelease, ...]:
        names = set(self.releases) if self.releases is not None else {r.name for r in RELEASES}
        return tuple(r for r in RELEASES if r.name in names)


class RootApplication(constructs.Construct):
    """The app-of-apps: an AppProject allowed to create nothing but Applications and AppProjects
    in Argo CD's namespace, and the Application that syncs the GitOps chart's folder."""

    def __init__(self, scope: constructs.Construct, id: str, props: GitOpsProps, *, apps_folder: str) -> None:
        super().__init__(scope, id)
        ensure_unique_objects(self)
        self.project_name = f"{props.prefix}-root"
        self.project = argo.AppProject(
            self, "Project",
            metadata=cdk8s.ApiObjectMetadata(name=self.project_name, namespace=props.argocd_namespace,
                                             labels=standard_labels("root", COMPONENT, props.prefix)),
            spec=argo.AppProjectSpec(
                description=f"{props.environment}: the root Application, which creates the environment's Applications",
                source_repos=[props.repo_url],
                destinations=[argo.AppProjectSpecDestinations(server=props.destination_server, namespace=props.argocd_namespace)],
                cluster_resource_whitelist=[],
                namespace_resource_whitelist=[argo.AppProjectSpecNamespaceResourceWhitelist(group="argoproj.io", kind=k)
                                              for k in ("AppProject", "Application")],
            ),
        )
        self.application = argo.Application(
            self, "Application",
            metadata=cdk8s.ApiObjectMetadata(name=f"{props.prefix}-root", namespace=props.argocd_namespace,
                                             labels=standard_labels("root", COMPONENT, props.prefix)),
            spec=argo.ApplicationSpec(
                project=self.project_name,
                source=argo.ApplicationSpecSource(repo_url=props.repo_url, target_revision=props.target_revision,
                                                  path=f"{props.path}/{apps_folder}"),
                destination=argo.ApplicationSpecDestination(server=props.destination_server, namespace=props.argocd_namespace),
                # The root only manages Application objects; `manual_applications` gates each child.
                sync_policy=argo.ApplicationSpecSyncPolicy(
                    automated=argo.ApplicationSpecSyncPolicyAutomated(prune=True, self_heal=True), retry=_RETRY),
            ),
        )


_RETRY = argo.ApplicationSpecSyncPolicyRetry(
    limit=5, backoff=argo.ApplicationSpecSyncPolicyRetryBackoff(duration="10s", factor=2, max_duration="5m"))


class GitOps(constructs.Construct):
    """The environment's AppProjects and Applications: one per chart in `charts` (deploying
    `<path>/<chart id>`) and one per installed operator release, in waves from the graph."""

    def __init__(self, scope: constructs.Construct, id: str, props: GitOpsProps, *, charts: Sequence[cdk8s.Chart]) -> None:
        super().__init__(scope, id)
        ensure_unique_objects(self)
        self.props = props
        self.charts = list(charts)
        self.chart_ids = [c.node.id for c in self.charts]
        """The charts' ids (Application short names), read once: each read is a jsii round trip."""
        self.releases = props.installed()
        self.project_name = props.prefix
        self.operators_project_name = f"{props.prefix}-operators"
        problems = [p for r in self.releases if (p := unsupported(r, props.cluster_version))]
        unknown = sorted(set(props.manual_applications) - self._short_names())
        if unknown:
            problems.append(f"manual_applications: unknown {unknown}; the Applications are {sorted(self._short_names())}")
        for window in props.sync_windows:
            missing = sorted(set(window.applications) - self._short_names())
            if missing:
                problems.append(f"sync_windows: unknown applications {missing}; the Applications are {sorted(self._short_names())}")
        if problems:
            raise ValueError(f"GitOps {self.node.path}: " + "; ".join(problems))
        self.waves: dict[str, int] = {}
        self._members: list[Member] = []
        self.applications: dict[str, argo.Application] = {}
        self._checked: list[str] = []
        build = _Build(self)
        write_before_reading(self, build.run)
        self.node.root.node.add_validation(build)
        self.node.add_validation(_Checks(self))

    def _short_names(self) -> set[str]:
        return set(self.chart_ids) | {r.name for r in self.releases}

    def application_name(self, short: str) -> str:
        return f"{self.props.prefix}-{short}"

    # -- built at synth ----------------------------------------------------------------------

    def members(self) -> list[Member]:
        """Every Application as the ordering sees it (the charts' objects as synthesized)."""
        out = [Member(name=i, objects=chart_snapshot(c)[1]) for i, c in zip(self.chart_ids, self.charts)]
        for r in self.releases:
            provided = frozenset({crd_ref(g, k) for g, k in r.crd_kinds} | {Ref("Namespace", None, r.namespace)}
                                 | {Ref(kind, None, name) for kind, name in r.provides})
            out.append(Member(name=r.name, provided=provided, after=tuple(x for x in r.requires if x in {y.name for y in self.releases})))
        return out

    def build(self) -> None:
        self._members = members = self.members()
        self._annotate_objects()
        found = edges(members)
        try:
            self.waves = waves(members, found)
        except WaveError as exc:
            self._checked.append(str(exc))
            self.waves = {m.name: 0 for m in members}
        self._checked += contradictions(members, self.waves, found)
        self._checked += self._check_crds(members)
        first = min(self.waves.values(), default=0)
        self._projects(members, wave=first - 1)
        for short, chart in zip(self.chart_ids, self.charts):
            self._chart_application(short, chart)
        for r in self.releases:
            self._release_application(r)

    def _annotate_objects(self) -> None:
        """Sync options per object, from what it is: the CRD of every custom resource comes from
        another Application (SkipDryRunOnMissingResource), stateful objects are never pruned or
        deleted, and objects over the client-side apply limit are applied server-side. Written to
        the object and to its snapshot, so the checks read what Argo CD will."""
        patches: dict[tuple[bool, str], cdk8s.JsonPatch] = {}
        for chart in self.charts:
            nodes, objects = chart_snapshot(chart)
            for node, obj in zip(nodes, objects):
                options = sync_options(obj)
                if not options:
                    continue
                value = ",".join(options)
                annotations = obj["metadata"].get("annotations")
                # Built once per distinct value and reused: one jsii round trip per object. A JSON
                # patch cannot add a key to a map that does not exist, so then it adds the map.
                key = (annotations is not None, value)
                if key not in patches:
                    patches[key] = (cdk8s.JsonPatch.add(f"/metadata/annotations/{SYNC_OPTIONS.replace('/', '~1')}", value)
                                    if annotations is not None else cdk8s.JsonPatch.add("/metadata/annotations", {SYNC_OPTIONS: value}))
                node.add_json_patch(patches[key])
                obj["metadata"].setdefault("annotations", {})[SYNC_OPTIONS] = value

    def _check_crds(self, members: Sequence[Member]) -> list[str]:
        """Every custom resource's CRD is installed by one of the releases."""
        provided = {ref for m in members for ref in m.provided}
        return [
            f"{self_ref(obj)} in chart {m.name} is a {group_of(obj)}/{obj['kind']}, whose CRD no installed release provides "
            f"(installed: {', '.join(r.name for r in self.releases)})"
            for m in members for obj in m.objects
            if group_of(obj) not in CORE_GROUPS and crd_ref(group_of(obj), str(obj["kind"])) not in provided
        ]

    def _projects(self, members: Sequence[Member], wave: int) -> None:
        props = self.props
        chart_objects = [obj for m in members for obj in m.objects]
        namespaces = sorted({str(o["metadata"]["namespace"]) for o in chart_objects if self_ref(o).namespace})
        cluster_kinds = sorted({(group_of(o), str(o["kind"])) for o in chart_objects if self_ref(o).namespace is None})
        chart_names = list(self.chart_ids)
        self.project = self._project(
            "Project", self.project_name, wave,
            f"{props.environment}: the environment's charts", [props.repo_url], namespaces, cluster_kinds, chart_names)
        self.operators_project = self._project(
            "OperatorsProject", self.operators_project_name, wave,
            f"{props.environment}: the operators the charts' objects need",
            sorted({r.repo_url for r in self.releases}),
            sorted({r.namespace for r in self.releases} | {ns for r in self.releases for ns in r.other_namespaces}),
            sorted({k for r in self.releases for k in r.cluster_kinds}),
            [r.name for r in self.releases])

    def _project(self, id: str, name: str, wave: int, description: str, repos: list[str], namespaces: list[str],
                 cluster_kinds: list[tuple[str, str]], members: list[str]) -> argo.AppProject:
        """An AppProject; a sync window goes to it for those of `members` the window names."""
        props = self.props
        windows = [(w, sorted(set(w.applications or members) & set(members))) for w in props.sync_windows]
        return argo.AppProject(
            self, id,
            metadata=cdk8s.ApiObjectMetadata(name=name, namespace=props.argocd_namespace, annotations={SYNC_WAVE: str(wave)},
                                             labels=standard_labels(name, COMPONENT, props.prefix)),
            spec=argo.AppProjectSpec(
                description=description,
                source_repos=repos,
                destinations=[argo.AppProjectSpecDestinations(server=props.destination_server, namespace=ns) for ns in namespaces],
                cluster_resource_whitelist=[argo.AppProjectSpecClusterResourceWhitelist(group=g, kind=k) for g, k in cluster_kinds],
                sync_windows=[
                    argo.AppProjectSpecSyncWindows(
                        kind=w.kind, schedule=w.schedule, duration=w.duration, manual_sync=w.manual_sync, time_zone=w.time_zone,
                        applications=[self.application_name(a) for a in names])
                    for w, names in windows if names
                ] or None,
            ),
        )

    def _sync_policy(self, short: str, options: list[str], namespace_labels: Mapping[str, str] | None = None) -> argo.ApplicationSpecSyncPolicy:
        automated = self.props.automated and short not in self.props.manual_applications
        return argo.ApplicationSpecSyncPolicy(
            automated=argo.ApplicationSpecSyncPolicyAutomated(prune=True, self_heal=True) if automated else None,
            sync_options=options or None,
            retry=_RETRY,
            managed_namespace_metadata=(argo.ApplicationSpecSyncPolicyManagedNamespaceMetadata(labels=dict(namespace_labels))
                                        if namespace_labels else None),
        )

    def _application(self, short: str, project: str, source: argo.ApplicationSpecSource, namespace: str | None,
                     ignores: list[dict[str, Any]], options: list[str], namespace_labels: Mapping[str, str] | None = None) -> None:
        props = self.props
        if ignores:
            options = [*options, "RespectIgnoreDifferences=true"]
        self.applications[short] = argo.Application(
            self, f"Application-{short}",
            metadata=cdk8s.ApiObjectMetadata(name=self.application_name(short), namespace=props.argocd_namespace,
                                             annotations={SYNC_WAVE: str(self.waves[short])},
                                             labels=standard_labels(short, COMPONENT, props.prefix)),
            spec=argo.ApplicationSpec(
                project=project,
                source=source,
                destination=argo.ApplicationSpecDestination(server=props.destination_server, namespace=namespace),
                sync_policy=self._sync_policy(short, options, namespace_labels),
                ignore_differences=[argo.ApplicationSpecIgnoreDifferences(
                    kind=i["kind"], group=i.get("group"), name=i.get("name"), namespace=i.get("namespace"),
                    json_pointers=i.get("jsonPointers"), jq_path_expressions=i.get("jqPathExpressions"),
                    managed_fields_managers=i.get("managedFieldsManagers")) for i in ignores] or None,
            ),
        )

    def _chart_application(self, short: str, chart: cdk8s.Chart) -> None:
        objects = chart_snapshot(chart)[1]
        kinds = {(group_of(o), str(o["kind"])) for o in objects}
        self._application(
            short, self.project_name,
            argo.ApplicationSpecSource(repo_url=self.props.repo_url, target_revision=self.props.target_revision,
                                       path=f"{self.props.path}/{short}"),
            None, health.ignore_differences_for(kinds), [])

    def _release_application(self, r: HelmRelease) -> None:
        kinds = set(r.cluster_kinds) | set(r.crd_kinds)
        options = ["CreateNamespace=true"] + (["ServerSideApply=true"] if r.server_side_apply else [])
        labels = {"pod-security.kubernetes.io/enforce": r.pod_security,
                  "pod-security.kubernetes.io/enforce-version": f"v{self.props.cluster_version}"}
        if r.path is not None:  # the project's own kustomize install at its tag
            patches = [argo.ApplicationSpecSourceKustomizePatches(patch=p, target=argo.ApplicationSpecSourceKustomizePatchesTarget(
                kind="ConfigMap", name=name)) for name, p in kustomize_patches(r).items()]
            source = argo.ApplicationSpecSource(
                repo_url=r.repo_url, path=r.path, target_revision=r.version,
                kustomize=argo.ApplicationSpecSourceKustomize(namespace=r.namespace, patches=patches or None))
        else:
            source = argo.ApplicationSpecSource(
                repo_url=r.repo_url, chart=r.chart, target_revision=r.version,
                helm=argo.ApplicationSpecSourceHelm(release_name=r.release_name, values_object=dict(r.values) or None))
        self._application(r.name, self.operators_project_name, source, r.namespace,
                          health.ignore_differences_for(kinds), options, labels)


ARGO_CD_PARAMS = {"applicationsetcontroller.enable.progressive.syncs": "true"}
"""argocd-cmd-params-cm: the fleet's RollingSync needs progressive syncs."""


def kustomize_patches(r: HelmRelease) -> dict[str, str]:
    """{ConfigMap name: strategic-merge patch} for a Git install: Argo CD's own gets the health
    checks the waves need (argocd-cm) and progressive syncs (argocd-cmd-params-cm)."""
    if r.name != "argo-cd":
        return {}
    def patch(name: str, data: Mapping[str, str]) -> str:
        return json.dumps({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": name}, "data": dict(sorted(data.items()))},
                          indent=1)
    return {"argocd-cm": patch("argocd-cm", health.argocd_cm_entries()),
            "argocd-cmd-params-cm": patch("argocd-cmd-params-cm", ARGO_CD_PARAMS)}


def sync_options(obj: Mapping[str, Any]) -> list[str]:
    """The `argocd.argoproj.io/sync-options` an object needs, from what it is."""
    group, kind = group_of(obj), str(obj.get("kind"))
    out = []
    if (group, kind) in STATEFUL_KINDS or _claims_volumes(obj):
        out += ["Prune=false", "Delete=false"]
    if group not in CORE_GROUPS:
        out.append("SkipDryRunOnMissingResource=true")
    if len(json.dumps(obj, separators=(",", ":"))) > CLIENT_SIDE_APPLY_LIMIT:
        out.append("ServerSideApply=true")
    return out


def _claims_volumes(obj: Mapping[str, Any]) -> bool:
    spec = obj.get("spec") or {}
    if obj.get("kind") == "StatefulSet":
        return bool(spec.get("volumeClaimTemplates"))
    if group_of(obj) == "monitoring.coreos.com" and obj.get("kind") in ("Prometheus", "Alertmanager"):
        return bool((spec.get("storage") or {}).get("volumeClaimTemplate"))
    return False


@jsii.implements(constructs.IValidation)
class _Build:
    """Writes the Applications once, before any chart is first read (at the App's validation)."""

    def __init__(self, gitops: GitOps) -> None:
        self._gitops = gitops
        self._done = False

    def run(self) -> None:
        if not self._done:
            self._done = True
            self._gitops.build()

    @once_per_synth
    def validate(self) -> list[str]:
        self.run()
        return []


@jsii.implements(constructs.IValidation)
class _Checks:
    """The delivery invariants, on the objects as written."""

    def __init__(self, gitops: GitOps) -> None:
        self._gitops = gitops

    @once_per_synth
    def validate(self) -> list[str]:
        g = self._gitops
        out = list(g._checked)
        chart_ids = set(g.chart_ids)
        own = cdk8s.Chart.of(g)
        for chart in app_charts(g):
            if chart.node.id in chart_ids or chart.node.id == own.node.id:
                continue
            if any(isinstance(c, RootApplication) for c in chart.node.find_all()):
                continue
            if chart_snapshot(chart)[1]:
                out.append(f"chart {chart.node.id} holds objects but no Application deploys it; pass it in `charts`")
        members = g._members
        project = _project_json(g.project)
        allowed_ns = {d["namespace"] for d in project["spec"].get("destinations", [])}
        allowed_kinds = {(w["group"], w["kind"]) for w in project["spec"].get("clusterResourceWhitelist", [])}
        for m in members:
            for obj in m.objects:
                ref = self_ref(obj)
                if ref.namespace is not None and ref.namespace not in allowed_ns:
                    out.append(f"{ref} in chart {m.name}: namespace {ref.namespace} is not a destination of AppProject {g.project_name}")
                if ref.namespace is None and (group_of(obj), ref.kind) not in allowed_kinds:
                    out.append(f"{ref} in chart {m.name}: cluster-scoped kind {group_of(obj)}/{ref.kind} is not whitelisted in AppProject {g.project_name}")
        for r in g.releases:
            if floating(r.version):
                out.append(f"release {r.name}: chart version {r.version!r} floats; pin an exact version")
        return out


def _project_json(project: argo.AppProject) -> dict[str, Any]:
    return cast(dict[str, Any], project.to_json())


__all__ = ["CLIENT_SIDE_APPLY_LIMIT", "GitOps", "GitOpsProps", "RootApplication", "STATEFUL_KINDS", "SYNC_OPTIONS",
           "SYNC_WAVE", "SyncWindow", "floating", "kustomize_patches", "release", "sync_options"]
