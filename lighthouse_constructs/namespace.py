"""A namespace with the Pod Security Admission and Istio labels every Lighthouse tier needs."""

from __future__ import annotations

from typing import Literal, Protocol

import constructs
from cdk8s_plus_28 import k8s
from pydantic import BaseModel, ConfigDict, Field, model_validator

from .conventions import KUBERNETES_VERSION, standard_labels

PodSecurityLevel = Literal["restricted", "baseline", "privileged"]


class NamespaceHandle(Protocol):
    """What a construct needs to know about the namespace it is placed in."""

    @property
    def name(self) -> str: ...

    @property
    def enforce_level(self) -> PodSecurityLevel: ...


class NamespaceProps(BaseModel):
    """Props of LighthouseNamespace."""

    model_config = ConfigDict(frozen=True, extra="forbid")

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
    tier: str = "platform"
    """The Lighthouse tier (bridge, data, fuse, observability), recorded as the component label."""

    @model_validator(mode="after")
    def _audit_and_warn_not_weaker_than_enforce(self) -> "NamespaceProps":
        order = ["privileged", "baseline", "restricted"]
        for field in ("audit", "warn"):
            if order.index(getattr(self, field)) < order.index(self.enforce):
                raise ValueError(
                    f"{field}={getattr(self, field)!r} is weaker than enforce={self.enforce!r}; "
                    f"audit and warn must be at least as strict as enforce"
                )
        return self


class LighthouseNamespace(constructs.Construct):
    """A Namespace labelled for Pod Security Admission (pinned to the project's Kubernetes version)
    and Istio injection. Exposes `name` and `enforce_level` so constructs placed in it can check
    what the namespace allows."""

    def __init__(self, scope: constructs.Construct, id: str, props: NamespaceProps) -> None:
        super().__init__(scope, id)
        self.props = props
        labels = standard_labels(props.name, props.tier)
        version = f"v{KUBERNETES_VERSION}"
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
