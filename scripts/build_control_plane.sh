#!/usr/bin/env bash
# Build the control plane the cluster tests run (tests/cluster): kube-apiserver, kube-controller-manager,
# kube-scheduler and kubectl (ci/k8s), etcd (ci/etcd) and kwok (ci/kwok), from the Go module proxy.
#
# The binaries are cached outside the clone, keyed by the Kubernetes version and a hash of the three
# wrapper modules' go.mod and go.sum:
#   ${LIGHTHOUSE_CACHE_DIR:-~/.cache/lighthouse-constructs}/k8s-<version>-<hash>/
# When that directory is complete this is a no-op. A cold build takes 20-30 minutes on 2 cores.
#
#   scripts/build_control_plane.sh          build when missing; print the binary directory last
#   scripts/build_control_plane.sh --path   print the binary directory; exit 1 if it is not built
#
# Without a Go toolchain it prints how to get one and exits 0 (make test goes on, the cluster tests
# skip, or fail under CI=true), unless --require-go is given (then it exits 3).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
ci="$root/ci"

version=$(awk '$1 == "require" && $2 == "k8s.io/kubernetes" {print $3}' "$ci/k8s/go.mod")
version=${version#v}
minor=$(echo "$version" | cut -d. -f2)
hash=$(cat "$ci"/k8s/go.mod "$ci"/k8s/go.sum "$ci"/etcd/go.mod "$ci"/etcd/go.sum \
  "$ci"/kwok/go.mod "$ci"/kwok/go.sum | sha256sum | cut -c1-12)
dest="${LIGHTHOUSE_CACHE_DIR:-$HOME/.cache/lighthouse-constructs}/k8s-$version-$hash"
binaries=(kube-apiserver kube-controller-manager kube-scheduler kubectl etcd kwok)
# kwok's controller has no built-in Stages (kwokctl passes its defaults): the same defaults, read from
# the pinned kwok module: node-initialize, node-heartbeat-with-lease, pod-ready/complete/delete.
kwok_stages=(node/fast/node-initialize.yaml node/heartbeat-with-lease/node-heartbeat-with-lease.yaml
  pod/fast/pod-ready.yaml pod/fast/pod-complete.yaml pod/fast/pod-delete.yaml)

complete() {
  [ -f "$dest/.complete" ] && [ -f "$dest/kwok-stages.yaml" ] || return 1
  for b in "${binaries[@]}"; do [ -x "$dest/$b" ] || return 1; done
}

if [ "${1:-}" = "--path" ]; then
  complete || { echo "control plane not built: run scripts/build_control_plane.sh" >&2; exit 1; }
  echo "$dest"; exit 0
fi
if complete; then echo "$dest"; exit 0; fi

if ! command -v go >/dev/null; then
  echo "warning: no Go toolchain, so the control plane for the cluster tests is not built and they skip." >&2
  echo "Install Go 1.26 or newer (kwok 0.8.0 needs it; https://go.dev/doc/install), then run" >&2
  echo "scripts/build_control_plane.sh (or make cluster-test)." >&2
  [ "${1:-}" = "--require-go" ] && exit 3
  exit 0
fi

echo "building the Kubernetes $version control plane into $dest (20-30 minutes cold)" >&2
start=$(date +%s)
tmp="$dest.tmp.$$"
rm -rf "$tmp"; mkdir -p "$tmp"
trap 'rm -rf "$tmp"' EXIT
# The committed go.sum files are authoritative (-mod=readonly); the local toolchain only
# (GOTOOLCHAIN=local: a toolchain download is not a registry package); static binaries as upstream builds.
export GOTOOLCHAIN=local CGO_ENABLED=0 GOFLAGS="-mod=readonly -buildvcs=false"
build_date=$(date -u +%Y-%m-%dT%H:%M:%SZ)
ldflags="-s -w"
# Version stamps as hack/lib/version.sh sets them, so the binaries report v$version (kubectl and
# the API server's /version read them; a v0.0.0 binary gets the wrong defaults).
for pkg in k8s.io/component-base/version k8s.io/client-go/pkg/version; do
  ldflags+=" -X $pkg.gitVersion=v$version -X $pkg.gitMajor=1 -X $pkg.gitMinor=$minor"
  ldflags+=" -X $pkg.gitTreeState=clean -X $pkg.buildDate=$build_date"
done
# providerless drops the in-tree cloud providers' SDKs.
(cd "$ci/k8s" && go build -trimpath -tags providerless -ldflags "$ldflags" -o "$tmp/" \
  k8s.io/kubernetes/cmd/kube-apiserver k8s.io/kubernetes/cmd/kube-controller-manager \
  k8s.io/kubernetes/cmd/kube-scheduler k8s.io/kubernetes/cmd/kubectl)
(cd "$ci/etcd" && go build -trimpath -ldflags "-s -w" -o "$tmp/etcd" go.etcd.io/etcd/server/v3)
(cd "$ci/kwok" && go build -trimpath -ldflags "-s -w" -o "$tmp/kwok" sigs.k8s.io/kwok/cmd/kwok)
kwok_dir=$(cd "$ci/kwok" && go list -m -f '{{.Dir}}' sigs.k8s.io/kwok)
for f in "${kwok_stages[@]}"; do echo "---"; cat "$kwok_dir/kustomize/stage/$f"; done >"$tmp/kwok-stages.yaml"
for b in "${binaries[@]}"; do [ -x "$tmp/$b" ] || { echo "error: $b was not built" >&2; exit 1; }; done
echo "built in $(( $(date +%s) - start ))s with $(go version)" >"$tmp/.complete"
rm -rf "$dest"; mv "$tmp" "$dest"; trap - EXIT
echo "control plane built in $(( $(date +%s) - start ))s" >&2
echo "$dest"
