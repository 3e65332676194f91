"""The one builder of cert-manager leaf Certificates (TlsCertificate, a BridgeService exposure).

A top-level module, not part of the platform package, so a construct that needs a certificate for
itself builds it here without importing the platform's constructs.
"""

from __future__ import annotations

from typing import Any, Literal, Mapping, Sequence

import cdk8s
import constructs

from .handles import IssuerHandle

KeyUsage = Literal["digital signature", "key encipherment", "server auth", "client auth"]
"""The cert-manager key usages a leaf certificate here may ask for (a subset of `spec.usages`)."""


def private_key(*, pkcs8: bool = True) -> Any:
    """ECDSA P-256 and a new key at every issuance (rotationPolicy Always); PKCS#8 unless told
    otherwise (cert-manager's default is PKCS#1)."""
    from .imports.certmanager.io import cert_manager as cm

    return cm.CertificateSpecPrivateKey(
        algorithm=cm.CertificateSpecPrivateKeyAlgorithm.ECDSA,
        size=256,
        encoding=cm.CertificateSpecPrivateKeyEncoding.PKCS8 if pkcs8 else None,
        rotation_policy=cm.CertificateSpecPrivateKeyRotationPolicy.ALWAYS,
    )


def leaf_certificate(
    scope: constructs.Construct,
    id: str,
    *,
    name: str,
    namespace: str,
    labels: Mapping[str, str],
    dns_names: Sequence[str],
    issuer: IssuerHandle,
    duration: str,
    renew_before: str,
    common_name: str | None = None,
    usages: Sequence[KeyUsage] = (),
    pkcs8: bool = True,
    secret_labels: Mapping[str, str] | None = None,
) -> cdk8s.ApiObject:
    """A Certificate `name` whose key pair lands in the Secret `name` of `namespace`, signed by
    `issuer`. No `usages` leaves cert-manager's default (digital signature, key encipherment);
    `secret_labels` go on the issued Secret."""
    from .imports.certmanager.io import cert_manager as cm

    certificate: cdk8s.ApiObject = cm.Certificate(
        scope,
        id,
        metadata=cdk8s.ApiObjectMetadata(name=name, namespace=namespace, labels=dict(labels)),
        spec=cm.CertificateSpec(
            secret_name=name,
            common_name=common_name,
            dns_names=list(dns_names),
            duration=duration,
            renew_before=renew_before,
            usages=[cm.CertificateSpecUsages[u.upper().replace(" ", "_")] for u in usages] or None,
            private_key=private_key(pkcs8=pkcs8),
            issuer_ref=cm.CertificateSpecIssuerRef(name=issuer.issuer_name, kind=issuer.issuer_kind, group="cert-manager.io"),
            secret_template=cm.CertificateSpecSecretTemplate(labels=dict(secret_labels)) if secret_labels else None,
        ),
    )
    return certificate
