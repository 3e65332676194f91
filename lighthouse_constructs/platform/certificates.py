"""cert-manager issuers and certificates: an internal CA for in-cluster TLS, ACME for public hosts.

The internal CA is the usual cert-manager bootstrap chain: a self-signed ClusterIssuer signs one
CA Certificate (its Secret lives in cert-manager's cluster resource namespace), and a CA
ClusterIssuer signs every internal certificate with it. `TlsCertificate` requests a leaf
certificate from any issuer handle, always with a fresh private key on each renewal.
"""

from __future__ import annotations

import re
from typing import Literal

import constructs
from cdk8s import ApiObjectMetadata
from pydantic import Field, field_validator, model_validator

from ..conventions import standard_labels
from ..handles import IssuerHandle, NamespaceHandle, SecretRef
from ..props import Props
from ..tls_certificate import KeyUsage, leaf_certificate, private_key
from .config import duration_seconds

_DNS_NAME = re.compile(r"^(\*\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$")
_INTERNAL_SUFFIXES = (".svc", ".cluster.local", ".local", ".internal")
_NAME = r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"




def _check_durations(duration: str, renew_before: str) -> None:
    total = duration_seconds(duration)
    if total < 3600:
        raise ValueError(f"duration={duration!r} is shorter than cert-manager's minimum; allowed: 1h or longer")
    if duration_seconds(renew_before) >= total:
        raise ValueError(
            f"renew_before={renew_before!r} is not shorter than duration={duration!r}; "
            f"allowed: a renewal window shorter than the lifetime"
        )


class _ClusterIssuerConstruct(constructs.Construct):
    """A construct that emits a ClusterIssuer named `props.name`: the IssuerHandle side of it.
    Subclasses set `public` and `provides_ca_cert`."""

    props: InternalCertificateAuthorityProps | AcmeIssuerProps
    public: bool
    provides_ca_cert: bool

    @property
    def issuer_name(self) -> str:
        return self.props.name

    @property
    def issuer_kind(self) -> Literal["ClusterIssuer"]:
        return "ClusterIssuer"


class InternalCertificateAuthorityProps(Props):
    """Props of InternalCertificateAuthority."""


    name: str = Field(pattern=_NAME)
    """Name of the CA Certificate, its Secret and the CA ClusterIssuer (cluster-scoped: carry a
    tenant prefix, as Platform's `<name>-internal-ca`). Required."""
    common_name: str = Field(min_length=1, max_length=64)
    """Common name of the CA certificate (e.g. "Lighthouse internal CA (prod)")."""
    ca_namespace: str = Field(default="cert-manager", pattern=_NAME)
    """cert-manager's cluster resource namespace (where a ClusterIssuer reads its CA Secret).
    Default: cert-manager."""
    duration: str = "43800h"
    """Lifetime of the CA certificate. Default: 43800h (5 years)."""
    renew_before: str = "8760h"
    """Renew the CA this long before expiry. Default: 8760h (1 year)."""

    @model_validator(mode="after")
    def _durations(self) -> "InternalCertificateAuthorityProps":
        _check_durations(self.duration, self.renew_before)
        return self


class InternalCertificateAuthority(_ClusterIssuerConstruct):
    """Self-signed bootstrap ClusterIssuer -> CA Certificate -> CA ClusterIssuer.

    Children: `bootstrap_issuer`, `ca_certificate`, `ca_issuer`. Implements IssuerHandle (the CA
    ClusterIssuer), so `TlsCertificate(..., issuer=platform.certificates.internal_issuer)` works.
    """

    def __init__(self, scope: constructs.Construct, id: str, props: InternalCertificateAuthorityProps) -> None:
        super().__init__(scope, id)
        from ..imports.certmanager.io import cert_manager as cm

        self.props = props
        bootstrap = f"{props.name}-bootstrap"
        self.bootstrap_issuer = cm.ClusterIssuer(
            self,
            "BootstrapIssuer",
            metadata=ApiObjectMetadata(name=bootstrap, labels=standard_labels(bootstrap, "certificate-issuer")),
            spec=cm.ClusterIssuerSpec(self_signed=cm.ClusterIssuerSpecSelfSigned()),
        )
        self.ca_certificate = cm.Certificate(
            self,
            "CaCertificate",
            metadata=ApiObjectMetadata(
                name=props.name, namespace=props.ca_namespace, labels=standard_labels(props.name, "certificate-authority")
            ),
            spec=cm.CertificateSpec(
                is_ca=True,
                common_name=props.common_name,
                secret_name=props.name,
                duration=props.duration,
                renew_before=props.renew_before,
                private_key=private_key(),
                issuer_ref=cm.CertificateSpecIssuerRef(name=bootstrap, kind="ClusterIssuer", group="cert-manager.io"),
                secret_template=cm.CertificateSpecSecretTemplate(
                    labels=standard_labels(props.name, "certificate-authority")
                ),
            ),
        )
        self.ca_issuer = cm.ClusterIssuer(
            self,
            "CaIssuer",
            metadata=ApiObjectMetadata(name=props.name, labels=standard_labels(props.name, "certificate-issuer")),
            spec=cm.ClusterIssuerSpec(ca=cm.ClusterIssuerSpecCa(secret_name=props.name)),
        )

    public = False
    provides_ca_cert = True


class AcmeIssuerProps(Props):
    """Props of AcmeIssuer."""


    name: str = Field(pattern=_NAME)
    """Name of the ClusterIssuer and prefix of its account key Secret (cluster-scoped: carry a
    tenant prefix, as Platform's `<name>-acme`). Required."""
    server: str = Field(pattern=r"^https://\S+$")
    """ACME directory URL."""
    email: str = Field(pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
    """Account e-mail."""
    ingress_class: str = "istio"
    """Ingress class that serves HTTP-01 challenges. Default: istio."""


class AcmeIssuer(_ClusterIssuerConstruct):
    """An ACME ClusterIssuer (HTTP-01 via the ingress class) for public hosts. Implements IssuerHandle."""

    def __init__(self, scope: constructs.Construct, id: str, props: AcmeIssuerProps) -> None:
        super().__init__(scope, id)
        from ..imports.certmanager.io import cert_manager as cm

        self.props = props
        self.resource = cm.ClusterIssuer(
            self,
            "Resource",
            metadata=ApiObjectMetadata(name=props.name, labels=standard_labels(props.name, "certificate-issuer")),
            spec=cm.ClusterIssuerSpec(
                acme=cm.ClusterIssuerSpecAcme(
                    server=props.server,
                    email=props.email,
                    private_key_secret_ref=cm.ClusterIssuerSpecAcmePrivateKeySecretRef(name=f"{props.name}-account-key"),
                    solvers=[
                        cm.ClusterIssuerSpecAcmeSolvers(
                            http01=cm.ClusterIssuerSpecAcmeSolversHttp01(
                                ingress=cm.ClusterIssuerSpecAcmeSolversHttp01Ingress(
                                    ingress_class_name=props.ingress_class
                                )
                            )
                        )
                    ],
                )
            ),
        )

    public = True
    provides_ca_cert = False


class TlsCertificateProps(Props):
    """Props of TlsCertificate."""


    name: str = Field(pattern=_NAME, max_length=63)
    """Name of the Certificate and of the Secret holding the key pair."""
    dns_names: tuple[str, ...] = Field(min_length=1)
    """DNS names the certificate is valid for (the first is also the common name when it fits
    the 64-character limit)."""
    duration: str = "2160h"
    """Requested lifetime. Default: 2160h (90 days)."""
    renew_before: str = "720h"
    """Renew this long before expiry. Default: 720h (30 days)."""
    client_auth: bool = False
    """Also allow the certificate as a TLS client certificate (mTLS). Default: false (server only)."""

    @field_validator("dns_names")
    @classmethod
    def _valid_names(cls, names: tuple[str, ...]) -> tuple[str, ...]:
        bad = [n for n in names if not _DNS_NAME.match(n) or len(n) > 253]
        if bad:
            raise ValueError(f"dns_names {bad} are not DNS names; allowed: lower-case names like api.example.com")
        return names

    @model_validator(mode="after")
    def _durations(self) -> "TlsCertificateProps":
        _check_durations(self.duration, self.renew_before)
        return self


class TlsCertificate(constructs.Construct):
    """A cert-manager Certificate for ingress or internal TLS: ECDSA P-256, a new private key at
    every renewal (`rotationPolicy: Always`), explicit duration and renewBefore.

    `secret` is a SecretHandle of the resulting kubernetes.io/tls Secret (tls.crt, tls.key, and
    ca.crt when the issuer provides it).
    """

    def __init__(
        self,
        scope: constructs.Construct,
        id: str,
        props: TlsCertificateProps,
        *,
        namespace: NamespaceHandle,
        issuer: IssuerHandle,
    ) -> None:
        super().__init__(scope, id)
        if issuer.public:
            internal = [n for n in props.dns_names if n.endswith(_INTERNAL_SUFFIXES)]
            if internal:
                raise ValueError(
                    f"certificate {namespace.name}/{props.name}: public issuer {issuer.issuer_name!r} cannot "
                    f"validate cluster-internal names {internal}; use the internal CA issuer for them"
                )
        self.props = props
        usages: list[KeyUsage] = ["digital signature", "server auth"]
        if props.client_auth:
            usages.append("client auth")
        labels = standard_labels(props.name, "tls-certificate", namespace.name)
        self.certificate = leaf_certificate(
            self,
            "Resource",
            name=props.name,
            namespace=namespace.name,
            labels=labels,
            dns_names=props.dns_names,
            issuer=issuer,
            duration=props.duration,
            renew_before=props.renew_before,
            common_name=props.dns_names[0] if len(props.dns_names[0]) <= 64 else None,
            usages=usages,
            secret_labels=labels,
        )
        keys = ("tls.crt", "tls.key") + (("ca.crt",) if issuer.provides_ca_cert else ())
        self.secret = SecretRef(secret_name=props.name, namespace=namespace.name, keys=keys)
