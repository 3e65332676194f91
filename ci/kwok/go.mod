// Wrapper module that builds kwok (fake nodes whose pods become Running without a kubelet) for the
// cluster tests (scripts/build_control_plane.sh). v0.8.0 lists Kubernetes 1.34 in supported_releases.txt.
// Its own module keeps Go's version selection from moving Kubernetes' dependencies.
// Never run `go mod tidy` or `go get -u`.
module lighthouse-constructs/ci/kwok

go 1.26.0

require sigs.k8s.io/kwok v0.8.0
