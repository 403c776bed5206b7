#!/usr/bin/env bash
# What the tests need beyond the package: Debian's Chromium and Java (for the Nu HTML checker),
# the test extras from PyPI, and vnu.jar from the npm registry (PyPI's copy dates from 2020).
set -euo pipefail
venv=${1:-.venv}
cd "$(dirname "$0")/.."

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v java >/dev/null 2>&1 || need+=(default-jre-headless)
command -v npm >/dev/null 2>&1 || need+=(npm)
if [ ${#need[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

"$venv/bin/python" -m pip install -q --disable-pip-version-check -e '.[test]'

vnu_version=26.9.27
if [ ! -f .cache/vendor/vnu-$vnu_version.jar ]; then
  mkdir -p .cache/vendor
  tmp=$(mktemp -d)
  (cd "$tmp" && npm pack --silent "vnu-jar@$vnu_version" >/dev/null && tar xzf "vnu-jar-$vnu_version.tgz" package/build/dist/vnu.jar)
  mv "$tmp/package/build/dist/vnu.jar" ".cache/vendor/vnu-$vnu_version.jar"
  rm -rf "$tmp"
fi
