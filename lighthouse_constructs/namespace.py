"""A namespace with the Pod Security Admission and Istio labels every Lighthouse tier needs."""

from __future__ import annotations

import constructs
from cdk8s_plus_28 import k8s
from pydantic import Field, model_validator

from .conventions import KUBERNETES_CLUSTER_VERSION, standard_labels
from .handles import PodSecurityLevel
from .props import Props


class NamespaceProps(Props):
    """Props of LighthouseNamespace."""


    name: str = Field(pattern=r"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$")
    """The namespace name (DNS-1123 label)."""
    enforce: PodSecurityLevel = "restricted"
    """Pod Security level enforced. Default: restricted."""
    audit: PodSecurityLevel = "restricted"
    """Pod Security level audited. Default: restricted."""
    warn: PodSecurityLevel = "restricted"
    """Pod Security level warned about. Default: restricted."""
    istio_injection: bool = True
    """Label the namespace for Istio sidecar injection. Default: true."""
    istio_cni: bool = True
    """The cluster's Istio runs the CNI node agent, which sets up each injected pod's traffic
    redirection instead of the `istio-init` container. A prerequisite of injection in a namespace
    enforcing baseline or restricted: those levels reject istio-init (it adds NET_ADMIN and
    NET_RAW; see operators/istio.py). Default: true."""
    tier: str = "platform"
    """The tier this namespace serves (e.g. bridge, data), recorded as the component label. Default: platform."""

    @model_validator(mode="after")
    def _audit_and_warn_not_weaker_than_enforce(self) -> "NamespaceProps":
        order = ["privileged", "baseline", "restricted"]
        for field in ("audit", "warn"):
            if order.index(getattr(self, field)) < order.index(self.enforce):
                raise ValueError(
                    f"{field}={getattr(self, field)!r} is weaker than enforce={self.enforce!r}; "
                    f"audit and warn must be at least as strict as enforce"
                )
        check_istio_cni(self.istio_cni, self.istio_injection, self.enforce, f"namespace {self.name!r}")
        return self


def check_istio_cni(istio_cni: bool, istio_injection: bool, enforce: PodSecurityLevel, where: str) -> None:
    """Without Istio CNI every injected pod gets `istio-init`, which adds NET_ADMIN and NET_RAW:
    Pod Security baseline and restricted reject such a pod, so nothing in the namespace would start."""
    if istio_injection and not istio_cni and enforce != "privileged":
        raise ValueError(
            f"{where}: istio_cni=false with Istio injection in a namespace enforcing {enforce!r}; "
            f"Pod Security {enforce} rejects the istio-init container (capabilities NET_ADMIN, NET_RAW), so "
            f"injected pods would never be admitted. Allowed: istio_cni=true (run Istio with its CNI node "
            f"agent, a prerequisite), or no injection"
        )


class LighthouseNamespace(constructs.Construct):
    """A Namespace labelled for Pod Security Admission (pinned to the cluster minimum, KUBERNETES_CLUSTER_VERSION)
    and Istio injection. Exposes `name` and `enforce_level` so constructs placed in it can check
    what the namespace allows."""

    def __init__(self, scope: constructs.Construct, id: str, props: NamespaceProps) -> None:
        super().__init__(scope, id)
        self.props = props
        labels = standard_labels(props.name, props.tier)
        version = f"v{KUBERNETES_CLUSTER_VERSION}"
        for mode in ("enforce", "audit", "warn"):
            labels[f"pod-security.kubernetes.io/{mode}"] = getattr(props, mode)
            labels[f"pod-security.kubernetes.io/{mode}-version"] = version
        labels["istio-injection"] = "enabled" if props.istio_injection else "disabled"
        self.namespace = k8s.KubeNamespace(
            self, "Resource", metadata=k8s.ObjectMeta(name=props.name, labels=labels)
        )

    @property
    def name(self) -> str:
        return self.props.name

    @property
    def enforce_level(self) -> PodSecurityLevel:
        return self.props.enforce

    @property
    def audit_level(self) -> PodSecurityLevel:
        return self.props.audit

    @property
    def warn_level(self) -> PodSecurityLevel:
        return self.props.warn

    @property
    def istio_injection(self) -> bool:
        """Whether pods placed here get an Istio sidecar (MeshPolicy needs to know)."""
        return self.props.istio_injection
