"""cert-manager: the internal CA chain, the ACME issuer where configured, and TLS certificates
that rotate their private key."""

from __future__ import annotations

import cdk8s
import pytest

from lighthouse_constructs.handles import IssuerRef
from lighthouse_constructs.namespace import NamespaceProps
from lighthouse_constructs.platform import (
    Platform,
    PlatformProps,
    TlsCertificate,
    TlsCertificateProps,
)
from lighthouse_constructs.platform.config import CertificatesConfig, PlatformConfig
from lighthouse_constructs.platform.namespaces import (
    PlatformNamespace,
    PlatformNamespaceProps,
)

from support import Manifests

ROTATING_KEY = {"algorithm": "ECDSA", "size": 256, "encoding": "PKCS8", "rotationPolicy": "Always"}


def test_internal_ca_chain_bootstraps_from_a_self_signed_issuer(env_manifests: Manifests) -> None:
    bootstrap = env_manifests.get("ClusterIssuer", "lighthouse-internal-ca-bootstrap")
    assert bootstrap["spec"] == {"selfSigned": {}}
    ca = env_manifests.get("Certificate", "lighthouse-internal-ca", "cert-manager")["spec"]
    assert ca["isCA"] is True
    assert ca["issuerRef"] == {"name": "lighthouse-internal-ca-bootstrap", "kind": "ClusterIssuer", "group": "cert-manager.io"}
    assert (ca["secretName"], ca["duration"], ca["renewBefore"]) == ("lighthouse-internal-ca", "43800h", "8760h")
    assert ca["privateKey"] == ROTATING_KEY
    assert ca["commonName"] == f"Lighthouse internal CA ({env_manifests.env})"
    issuer = env_manifests.get("ClusterIssuer", "lighthouse-internal-ca")
    assert issuer["spec"] == {"ca": {"secretName": "lighthouse-internal-ca"}}


def test_acme_issuer_only_where_configured(synthesized: dict[str, Manifests]) -> None:
    servers = {}
    for env, manifests in synthesized.items():
        acme = [o for o in manifests.all("ClusterIssuer") if o["metadata"]["name"] == "lighthouse-acme"]
        servers[env] = acme[0]["spec"]["acme"]["server"] if acme else None
        if acme:
            spec = acme[0]["spec"]["acme"]
            assert spec["privateKeySecretRef"] == {"name": "lighthouse-acme-account-key"}
            assert spec["solvers"] == [{"http01": {"ingress": {"ingressClassName": "istio"}}}]
            assert spec["email"] == "platform-team@lighthouse.example.com"
    assert servers == {
        "dev": None,
        "staging": "https://acme-staging-v02.api.letsencrypt.org/directory",
        "prod": "https://acme-v02.api.letsencrypt.org/directory",
    }


def _platform(chart: cdk8s.Chart) -> Platform:
    acme = {"server": "https://acme.example.com/directory", "email": "ops@example.com"}
    return Platform(chart, "Platform", PlatformProps(
        environment="dev", name="lighthouse", settings=PlatformConfig(certificates=CertificatesConfig(acme=acme))))


def test_can_issue_an_internal_certificate_with_a_rotating_key() -> None:
    chart = cdk8s.Testing.chart()
    platform = _platform(chart)
    cert = TlsCertificate(chart, "Internal", TlsCertificateProps(
        name="bridge-api-tls", dns_names=("bridge-api.lighthouse-bridge.svc", "bridge-api.lighthouse-bridge.svc.cluster.local"),
        client_auth=True), namespace=platform.bridge_namespace, issuer=platform.certificates.internal_issuer)
    (obj,) = [o for o in cdk8s.Testing.synth(chart) if o["kind"] == "Certificate" and o["metadata"]["name"] == "bridge-api-tls"]
    spec = obj["spec"]
    assert obj["metadata"]["namespace"] == "lighthouse-bridge"
    assert (spec["duration"], spec["renewBefore"]) == ("2160h", "720h")
    assert spec["privateKey"] == ROTATING_KEY
    assert spec["issuerRef"] == {"name": "lighthouse-internal-ca", "kind": "ClusterIssuer", "group": "cert-manager.io"}
    assert spec["usages"] == ["digital signature", "server auth", "client auth"]
    assert spec["commonName"] == "bridge-api.lighthouse-bridge.svc"
    assert cert.secret.keys == ("tls.crt", "tls.key", "ca.crt")
    assert cert.secret.key("tls.key").secret_name == "bridge-api-tls"


def test_can_issue_a_public_certificate_for_ingress() -> None:
    chart = cdk8s.Testing.chart()
    platform = _platform(chart)
    assert platform.certificates.public_issuer is not None
    cert = TlsCertificate(chart, "Public", TlsCertificateProps(
        name="bridge-ingress-tls", dns_names=("bridge.lighthouse.example.com",), duration="2160h", renew_before="360h"),
        namespace=platform.bridge_namespace, issuer=platform.certificates.public_issuer)
    (obj,) = [o for o in cdk8s.Testing.synth(chart) if o["kind"] == "Certificate" and o["metadata"]["name"] == "bridge-ingress-tls"]
    assert obj["spec"]["issuerRef"]["name"] == "lighthouse-acme"
    assert obj["spec"]["renewBefore"] == "360h"
    assert cert.secret.keys == ("tls.crt", "tls.key")  # ACME provides no ca.crt


def test_fails_if_a_public_issuer_is_asked_for_internal_names() -> None:
    chart = cdk8s.Testing.chart()
    platform = _platform(chart)
    with pytest.raises(ValueError, match=r"^certificate lighthouse-bridge/x: public issuer 'lighthouse-acme' cannot validate "
                                         r"cluster-internal names \['api\.lighthouse-bridge\.svc'\]; use the internal CA issuer for them$"):
        TlsCertificate(chart, "X", TlsCertificateProps(name="x", dns_names=("api.lighthouse-bridge.svc",)),
                       namespace=platform.bridge_namespace, issuer=platform.certificates.public_issuer)


def test_fails_if_renewal_is_not_before_expiry() -> None:
    with pytest.raises(ValueError, match=r"renew_before='2160h' is not shorter than duration='2160h'; allowed: a renewal window shorter than the lifetime"):
        TlsCertificateProps(name="x", dns_names=("a.example.com",), renew_before="2160h")
    with pytest.raises(ValueError, match=r"duration='30m' is shorter than cert-manager's minimum; allowed: 1h or longer"):
        TlsCertificateProps(name="x", dns_names=("a.example.com",), duration="30m", renew_before="10m")
    with pytest.raises(ValueError, match=r"'90d' is not a duration; expected hours/minutes/seconds like 2160h, 90m, 1h30m"):
        TlsCertificateProps(name="x", dns_names=("a.example.com",), duration="90d")


def test_can_use_an_issuer_installed_elsewhere() -> None:
    chart = cdk8s.Testing.chart()
    ns = PlatformNamespace(chart, "Ns", PlatformNamespaceProps(
        namespace=NamespaceProps(name="apps", tier="bridge")))
    TlsCertificate(chart, "C", TlsCertificateProps(name="c", dns_names=("c.apps.svc",)),
                   namespace=ns, issuer=IssuerRef("team-issuer", "Issuer"))
    (obj,) = [o for o in cdk8s.Testing.synth(chart) if o["kind"] == "Certificate"]
    assert obj["spec"]["issuerRef"] == {"name": "team-issuer", "kind": "Issuer", "group": "cert-manager.io"}
