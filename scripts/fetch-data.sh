#!/usr/bin/env bash
# Fetches data into data/ (filled in by the data issue).
set -euo pipefail
mkdir -p data
