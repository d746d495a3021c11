#!/usr/bin/env bash
# Installs the Debian packages Folio builds and runs with. Skips what is already there.
set -euo pipefail
packages=(libcmark-gfm-dev libcmark-gfm-extensions-dev cmark-gfm libopenblas-dev zlib1g-dev libpng-dev unzip)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "install-deps: installing ${missing[*]}"
  if [ "$(id -u)" -ne 0 ]; then
    echo "install-deps: need root to apt-get install ${missing[*]} (run as root or install them yourself)" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# Python packages that some checks use to validate Folio's output against the reference readers
# (nbformat's schema for .ipynb, safetensors for model files). Best effort: the checks skip
# themselves, with a message, when these are missing.
if command -v python3 >/dev/null 2>&1; then
  if ! python3 -c 'import nbformat, safetensors, numpy' >/dev/null 2>&1; then
    python3 -m pip install --quiet --disable-pip-version-check nbformat safetensors numpy >/dev/null 2>&1 \
      || echo "install-deps: could not pip install nbformat safetensors numpy; the checks that use them will be skipped"
  fi
fi
