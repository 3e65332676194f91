"""Pod Security Standards "restricted" (baseline + restricted checks), as Pod Security Admission
evaluates them at the version the namespaces pin (KUBERNETES_CLUSTER_VERSION), applied to every pod
template.

Each check follows the upstream pod-security-admission policy of the same name and reports
the same reason ("allowPrivilegeEscalation != false", "unrestricted capabilities", ...) with a
detail naming the offending pod, containers or volumes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Iterable, Iterator

from ..conventions import KUBERNETES_CLUSTER_VERSION
from .findings import Finding, api_group, identity

LEVELS = ("privileged", "baseline", "restricted")
MODES = ("enforce", "audit", "warn")
LABEL_PREFIX = "pod-security.kubernetes.io/"

POD_TEMPLATE_PATHS: dict[tuple[str, str], tuple[str, ...]] = {
    ("", "Pod"): (),
    ("", "PodTemplate"): ("template",),
    ("", "ReplicationController"): ("spec", "template"),
    ("apps", "Deployment"): ("spec", "template"),
    ("apps", "ReplicaSet"): ("spec", "template"),
    ("apps", "StatefulSet"): ("spec", "template"),
    ("apps", "DaemonSet"): ("spec", "template"),
    ("batch", "Job"): ("spec", "template"),
    ("batch", "CronJob"): ("spec", "jobTemplate", "spec", "template"),
    ("argoproj.io", "Rollout"): ("spec", "template"),
    ("postgresql.cnpg.io", "Pooler"): ("spec", "template"),
}
"""(API group, kind) -> where its pod template is (() = the object is the pod). A kind whose
operator builds pods from a template we write belongs here."""

_BASELINE_CAPABILITIES = {
    "AUDIT_WRITE", "CHOWN", "DAC_OVERRIDE", "FOWNER", "FSETID", "KILL", "MKNOD", "NET_BIND_SERVICE",
    "SETFCAP", "SETGID", "SETPCAP", "SETUID", "SYS_CHROOT",
}
POLICY_VERSION = KUBERNETES_CLUSTER_VERSION
"""The pod-security-admission policy version these checks implement (the namespaces' pinned version)."""
# pod-security-admission policy/check_sysctls.go: the allowed set grows by version.
_SAFE_SYSCTLS = {
    "kernel.shm_rmid_forced", "net.ipv4.ip_local_port_range", "net.ipv4.ip_unprivileged_port_start",
    "net.ipv4.tcp_syncookies", "net.ipv4.ping_group_range",
    "net.ipv4.ip_local_reserved_ports",  # 1.27+
    "net.ipv4.tcp_keepalive_time", "net.ipv4.tcp_fin_timeout", "net.ipv4.tcp_keepalive_intvl",
    "net.ipv4.tcp_keepalive_probes",  # 1.29+
    "net.ipv4.tcp_rmem", "net.ipv4.tcp_wmem",  # 1.32+
}
_PROBE_HOSTS_ALLOWED = {"127.0.0.1", "::1"}
"""pod-security-admission policy/check_hostProbesAndhostLifecycle.go (1.34+): the only `host` values
a probe or lifecycle handler may set (kubernetes/kubernetes#125271)."""
_SELINUX_TYPES = {"", "container_t", "container_init_t", "container_kvm_t"}
_RESTRICTED_VOLUME_TYPES = {
    "configMap", "csi", "downwardAPI", "emptyDir", "ephemeral", "persistentVolumeClaim", "projected", "secret",
}
_APPARMOR_ANNOTATION = "container.apparmor.security.beta.kubernetes.io/"


@dataclass(frozen=True)
class Violation:
    """One failed Pod Security check: the upstream reason and what caused it."""

    reason: str
    detail: str

    def __str__(self) -> str:
        return f"{self.reason} ({self.detail})"


# ---------------------------------------------------------------------------------------------
# Helpers


def _containers(spec: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for field in ("initContainers", "containers", "ephemeralContainers"):
        for container in spec.get(field) or []:
            if isinstance(container, dict):
                yield container


def _sc(obj: dict[str, Any]) -> dict[str, Any]:
    value = obj.get("securityContext")
    return value if isinstance(value, dict) else {}


def _names(items: list[str], singular: str, plural: str) -> str:
    return f"{singular if len(items) == 1 else plural} {', '.join(_quote(i) for i in items)}"


def _quote(value: Any) -> str:
    return f'"{value}"'


def _setters(pod_bad: bool, containers: list[str]) -> str:
    parts = (["pod"] if pod_bad else []) + ([_names(containers, "container", "containers")] if containers else [])
    return " and ".join(parts)


def _is_windows(spec: dict[str, Any]) -> bool:
    return isinstance(spec.get("os"), dict) and spec["os"].get("name") == "windows"


# ---------------------------------------------------------------------------------------------
# Baseline checks


def _host_namespaces(meta: dict[str, Any], spec: dict[str, Any]) -> Violation | None:
    used = [f"{field}=true" for field in ("hostNetwork", "hostPID", "hostIPC") if spec.get(field) is True]
    return Violation("host namespaces", ", ".join(used)) if used else None


def _privileged(meta: dict[str, Any], spec: dict[str, Any]) -> Violation | None:
    bad = [c.get("name", "") for c in _containers(spec) if _sc(c).get("privileged") is True]
    return Violation("privileged", f"{_names(bad, 'container', 'containers')} must not set securityContext.privileged=true") if bad else None


def _capabilities_baseline(meta: dict[str, Any], spec: dict[str, Any]) -> Violation | None:
    bad, caps = [], set()
    for c in _containers(spec):
        added = [a for a in ((_sc(c).get("capabilities") or {}).get("add") or []) if a not in _BASELINE_CAPABILITIES]
        if added:
            bad.append(c.get("name", ""))
            caps.update(added)
    if not bad:
        return None
    return Violation("non-default capabilities", f"{_names(bad, 'container', 'containers')} must not include "
                     f"{', '.join(_quote(c) for c in sorted(caps))} in securityContext.capabilities.add")


def _host_path_volumes(meta: dict[str, Any], spec: dict[str, Any]) -> Violation | None:
    bad = [v.get("name", "") for v in spec.get("volumes") or [] if isinstance(v, dict) and "hostPath" in v]
    return Violation("hostPath volumes", _names(bad, "volume", "volumes")) if bad else None


def _host_ports(meta: dict[str, Any], spec: dict[str, Any]) -> Violation | None:
    bad, ports = [], []
    for c in _containers(spec):
        used = [p["hostPort"] for p in c.get("ports") or [] if isinstance(p, dict) and p.get("hostPort")]
        if used:
            bad.append(c.get("name", ""))
            ports += [str(p) for p in used]
    if not bad:
        return None
    return Violation("hostPort", f"{_names(bad, 'container', 'containers')} {'uses' if len(bad) == 1 else 'use'} "
                     f"{'hostPort' if len(ports) == 1 else 'hostPorts'} {', '.join(ports)}")


def _apparmor(meta: dict[str, Any], spec: dict[str, Any]) -> Violation | None:
    bad = []
    for key, value in sorted((meta.get("annotations") or {}).items()):
        if key.startswith(_APPARMOR_ANNOTATION):
            if not (value in ("", "runtime/default") or str(value).startswith("localhost/")):
                bad.append(f'{key}="{value}"')
    profiles = [("pod", _sc(spec))] + [(f'container "{c.get("name", "")}"', _sc(c)) for c in _containers(spec)]
    for who, sc in profiles:
        profile = sc.get("appArmorProfile")
        if isinstance(profile, dict) and profile.get("type") not in (None, "RuntimeDefault", "Localhost"):
            bad.append(f'{who} securityContext.appArmorProfile.type="{profile.get("type")}"')
    if not bad:
        return None
    return Violation("forbidden AppArmor profile" if len(bad) == 1 else "forbidden AppArmor profiles", ", ".join(bad))


def _selinux(meta: dict[str, Any], spec: dict[str, Any]) -> Violation | None:
    bad_types: set[str] = set()
    flags = {"user": False, "role": False}

    def invalid(sc: dict[str, Any]) -> bool:
        opts = sc.get("seLinuxOptions")
        if not isinstance(opts, dict):
            return False
        wrong = False
        if (opts.get("type") or "") not in _SELINUX_TYPES:
            bad_types.add(opts["type"])
            wrong = True
        for field in ("user", "role"):
            if opts.get(field):
                flags[field] = wrong = True
        return wrong

    pod_bad = invalid(_sc(spec))
    containers = [c.get("name", "") for c in _containers(spec) if invalid(_sc(c))]
    if not pod_bad and not containers:
        return None
    data = []
    if bad_types:
        data.append(f"{'type' if len(bad_types) == 1 else 'types'} {', '.join(_quote(t) for t in sorted(bad_types))}")
    data += [f"{field} may not be set" for field, was_set in flags.items() if was_set]
    return Violation("seLinuxOptions", f"{_setters(pod_bad, containers)} set forbidden securityContext.seLinuxOptions: {'; '.join(data)}")


def _proc_mount(meta: dict[str, Any], spec: dict[str, Any]) -> Violation | None:
    bad, values = [], set()
    for c in _containers(spec):
        value = _sc(c).get("procMount")
        if value not in (None, "Default"):
            bad.append(c.get("name", ""))
            values.add(str(value))
    if not bad:
        return None
    return Violation("procMount", f"{_names(bad, 'container', 'containers')} must not set securityContext.procMount to "
                     f"{', '.join(_quote(v) for v in sorted(values))}")


def _seccomp_baseline(meta: dict[str, Any], spec: dict[str, Any]) -> Violation | None:
    def unconfined(sc: dict[str, Any]) -> bool:
        return (sc.get("seccompProfile") or {}).get("type") == "Unconfined"

    pod_bad = unconfined(_sc(spec))
    containers = [c.get("name", "") for c in _containers(spec) if unconfined(_sc(c))]
    if not pod_bad and not containers:
        return None
    return Violation("seccompProfile", f'{_setters(pod_bad, containers)} must not set securityContext.seccompProfile.type to "Unconfined"')


def _sysctls(meta: dict[str, Any], spec: dict[str, Any]) -> Violation | None:
    bad = [s.get("name", "") for s in _sc(spec).get("sysctls") or [] if s.get("name") not in _SAFE_SYSCTLS]
    return Violation("forbidden sysctls", ", ".join(bad)) if bad else None


def _host_probes_and_lifecycle(meta: dict[str, Any], spec: dict[str, Any]) -> Violation | None:
    """1.34+: a probe or lifecycle handler whose `host` is set makes the kubelet connect from the node."""
    bad, hosts = [], set()
    for c in _containers(spec):
        handlers = [c.get(p) for p in ("livenessProbe", "readinessProbe", "startupProbe")]
        handlers += [(c.get("lifecycle") or {}).get(h) for h in ("postStart", "preStop")]
        used = {str(action["host"]) for h in handlers if isinstance(h, dict)
                for action in (h.get("httpGet"), h.get("tcpSocket"))
                if isinstance(action, dict) and action.get("host") and action["host"] not in _PROBE_HOSTS_ALLOWED}
        if used:
            bad.append(c.get("name", ""))
            hosts |= used
    if not bad:
        return None
    return Violation("hostProbesOrHostLifecycle", f"{_names(bad, 'container', 'containers')} "
                     f"{'uses' if len(bad) == 1 else 'use'} "
                     f"{'hostProbeOrHostLifecycle' if len(hosts) == 1 else 'hostProbesOrHostLifecycles'} "
                     f"{', '.join(_quote(h) for h in sorted(hosts))}")


def _windows_host_process(meta: dict[str, Any], spec: dict[str, Any]) -> Violation | None:
    def host_process(sc: dict[str, Any]) -> bool:
        return (sc.get("windowsOptions") or {}).get("hostProcess") is True

    pod_bad = host_process(_sc(spec))
    containers = [c.get("name", "") for c in _containers(spec) if host_process(_sc(c))]
    if not pod_bad and not containers:
        return None
    return Violation("hostProcess", f"{_setters(pod_bad, containers)} must not set securityContext.windowsOptions.hostProcess=true")


# ---------------------------------------------------------------------------------------------
# Restricted checks


def _restricted_volumes(meta: dict[str, Any], spec: dict[str, Any]) -> Violation | None:
    bad, types = [], set()
    for volume in spec.get("volumes") or []:
        if not isinstance(volume, dict):
            continue
        sources = [k for k in volume if k != "name"]
        forbidden = [k for k in sources if k not in _RESTRICTED_VOLUME_TYPES]
        if forbidden:
            bad.append(volume.get("name", ""))
            types.update(forbidden)
    if not bad:
        return None
    return Violation("restricted volume types", f"{_names(bad, 'volume', 'volumes')} "
                     f"{'uses' if len(bad) == 1 else 'use'} restricted volume "
                     f"{'type' if len(types) == 1 else 'types'} {', '.join(_quote(t) for t in sorted(types))}")


def _allow_privilege_escalation(meta: dict[str, Any], spec: dict[str, Any]) -> Violation | None:
    if _is_windows(spec):
        return None
    bad = [c.get("name", "") for c in _containers(spec) if _sc(c).get("allowPrivilegeEscalation") is not False]
    if not bad:
        return None
    return Violation("allowPrivilegeEscalation != false",
                     f"{_names(bad, 'container', 'containers')} must set securityContext.allowPrivilegeEscalation=false")


def _run_as_non_root(meta: dict[str, Any], spec: dict[str, Any]) -> Violation | None:
    pod_value = _sc(spec).get("runAsNonRoot")
    explicit_bad = [c.get("name", "") for c in _containers(spec) if _sc(c).get("runAsNonRoot") is False]
    if pod_value is False or explicit_bad:
        return Violation("runAsNonRoot != true",
                         f"{_setters(pod_value is False, explicit_bad)} must not set securityContext.runAsNonRoot=false")
    implicit_bad = [
        c.get("name", "") for c in _containers(spec) if _sc(c).get("runAsNonRoot") is None and pod_value is not True
    ]
    if implicit_bad:
        return Violation("runAsNonRoot != true",
                         f"pod or {_names(implicit_bad, 'container', 'containers')} must set securityContext.runAsNonRoot=true")
    return None


def _run_as_user(meta: dict[str, Any], spec: dict[str, Any]) -> Violation | None:
    pod_bad = _sc(spec).get("runAsUser") == 0
    containers = [c.get("name", "") for c in _containers(spec) if _sc(c).get("runAsUser") == 0]
    if not pod_bad and not containers:
        return None
    return Violation("runAsUser=0", f"{_setters(pod_bad, containers)} must not set runAsUser=0")


def _seccomp_restricted(meta: dict[str, Any], spec: dict[str, Any]) -> Violation | None:
    if _is_windows(spec):
        return None
    allowed = ("RuntimeDefault", "Localhost")

    def profile(sc: dict[str, Any]) -> Any:
        return (sc.get("seccompProfile") or {}).get("type")

    pod_type = profile(_sc(spec))
    pod_bad = pod_type is not None and pod_type not in allowed
    explicit_bad = [c.get("name", "") for c in _containers(spec) if profile(_sc(c)) not in (None, *allowed)]
    if pod_bad or explicit_bad:
        values = {str(pod_type)} if pod_bad else set()
        values |= {str(profile(_sc(c))) for c in _containers(spec) if profile(_sc(c)) not in (None, *allowed)}
        return Violation("seccompProfile", f"{_setters(pod_bad, explicit_bad)} must not set securityContext.seccompProfile.type to "
                         f"{', '.join(_quote(v) for v in sorted(values))}")
    if pod_type is None:
        implicit_bad = [c.get("name", "") for c in _containers(spec) if profile(_sc(c)) is None]
        if implicit_bad:
            return Violation("seccompProfile", f"pod or {_names(implicit_bad, 'container', 'containers')} must set "
                             'securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost"')
    return None


def _capabilities_restricted(meta: dict[str, Any], spec: dict[str, Any]) -> Violation | None:
    if _is_windows(spec):
        return None
    missing_drop, adding, forbidden = [], [], set()
    for c in _containers(spec):
        caps = _sc(c).get("capabilities") or {}
        if "ALL" not in (caps.get("drop") or []):
            missing_drop.append(c.get("name", ""))
        added = [a for a in caps.get("add") or [] if a != "NET_BIND_SERVICE"]
        if added:
            adding.append(c.get("name", ""))
            forbidden.update(added)
    details = []
    if missing_drop:
        details.append(f'{_names(missing_drop, "container", "containers")} must set securityContext.capabilities.drop=["ALL"]')
    if adding:
        details.append(f"{_names(adding, 'container', 'containers')} must not include "
                       f"{', '.join(_quote(c) for c in sorted(forbidden))} in securityContext.capabilities.add")
    return Violation("unrestricted capabilities", "; ".join(details)) if details else None


Check = Callable[[dict[str, Any], dict[str, Any]], "Violation | None"]
BASELINE_CHECKS: tuple[Check, ...] = (
    _host_namespaces, _privileged, _capabilities_baseline, _host_path_volumes, _host_ports, _apparmor,
    _selinux, _proc_mount, _seccomp_baseline, _sysctls, _windows_host_process, _host_probes_and_lifecycle,
)
RESTRICTED_CHECKS: tuple[Check, ...] = BASELINE_CHECKS + (
    _restricted_volumes, _allow_privilege_escalation, _run_as_non_root, _run_as_user, _seccomp_restricted,
    _capabilities_restricted,
)


def evaluate(pod_metadata: dict[str, Any], pod_spec: dict[str, Any], level: str = "restricted") -> list[Violation]:
    """The Pod Security checks this pod fails at `level` (baseline or restricted)."""
    if level == "privileged":
        return []
    checks = RESTRICTED_CHECKS if level == "restricted" else BASELINE_CHECKS
    return [v for check in checks if (v := check(pod_metadata or {}, pod_spec or {})) is not None]


# ---------------------------------------------------------------------------------------------
# Applying it to manifests


@dataclass(frozen=True)
class PodTemplate:
    """A pod template found in a manifest: whose it is, where, and what it would run."""

    kind: str
    namespace: str
    name: str
    path: str
    metadata: dict[str, Any]
    spec: dict[str, Any]


def pod_templates(obj: dict[str, Any]) -> list[PodTemplate]:
    """The pod template(s) of a workload; [] for objects that run no pods (or have no template)."""
    path = POD_TEMPLATE_PATHS.get((api_group(obj), str(obj.get("kind"))))
    if path is None:
        return []
    node: Any = obj
    for key in path:
        node = node.get(key) if isinstance(node, dict) else None
    if not isinstance(node, dict) or not isinstance(node.get("spec"), dict):
        return []
    kind, namespace, name = identity(obj)
    metadata: dict[str, Any] = node["metadata"] if isinstance(node.get("metadata"), dict) else {}
    return [PodTemplate(kind, namespace, name, ".".join(path) or "<pod>", metadata, node["spec"])]


def namespace_levels(objects: Iterable[dict[str, Any]]) -> dict[str, str]:
    """{namespace name: its enforce level} for the Namespaces among `objects`."""
    levels = {}
    for obj in objects:
        if obj.get("kind") == "Namespace" and api_group(obj) == "":
            labels = (obj.get("metadata") or {}).get("labels") or {}
            levels[str((obj.get("metadata") or {}).get("name"))] = labels.get(f"{LABEL_PREFIX}enforce", "privileged")
    return levels


@dataclass(frozen=True)
class PrivilegedPod:
    """A pod template that fails "restricted" in a namespace that enforces `privileged`."""

    kind: str
    namespace: str
    name: str
    violations: tuple[Violation, ...]

    @property
    def label(self) -> str:
        return f"{self.kind} {self.namespace}/{self.name}"


def check_pod_security(objects: list[dict[str, Any]]) -> tuple[list[Finding], list[PrivilegedPod]]:
    """Findings for pod templates that fail "restricted" outside a privileged namespace, and the
    failing templates inside privileged namespaces (allowed, but listed so that they are seen).

    A namespace that is not among `objects` counts as restricted.
    """
    levels = namespace_levels(objects)
    findings: list[Finding] = []
    privileged: list[PrivilegedPod] = []
    for obj in objects:
        for template in pod_templates(obj):
            violations = evaluate(template.metadata, template.spec, "restricted")
            if not violations:
                continue
            if levels.get(template.namespace) == "privileged":
                privileged.append(PrivilegedPod(template.kind, template.namespace, template.name, tuple(violations)))
                continue
            findings += [
                Finding("pod-security", template.kind, template.namespace, template.name,
                        f'{template.path}: violates PodSecurity "restricted:v{POLICY_VERSION}": {v}')
                for v in violations
            ]
    return findings, privileged


def check_namespace_labels(objects: Iterable[dict[str, Any]]) -> list[Finding]:
    """Every Namespace carries pod-security.kubernetes.io/{enforce,audit,warn} with a valid level."""
    out = []
    for obj in objects:
        if obj.get("kind") != "Namespace" or api_group(obj) != "":
            continue
        labels = (obj.get("metadata") or {}).get("labels") or {}
        kind, namespace, name = identity(obj)
        for mode in MODES:
            key = f"{LABEL_PREFIX}{mode}"
            if key not in labels:
                out.append(Finding("namespace-labels", kind, namespace, name, f"label {key} is missing"))
            elif labels[key] not in LEVELS:
                out.append(Finding("namespace-labels", kind, namespace, name,
                                   f"label {key}={labels[key]!r} is not one of {', '.join(LEVELS)}"))
    return out
