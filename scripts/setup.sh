#!/usr/bin/env bash
# Sets up a fresh Debian machine for running and testing the app: Debian's Chromium (PDF export,
# browser tests), Chinese fonts, poppler (PDF checks), Info-ZIP unzip (the package is unpacked as
# an archive room would), LibreOffice without its GUI (Writer and Calc: every .docx and .xlsx the
# year's compile writes must open in it, as on 统信UOS and 银河麒麟; test/export/libreOffice.test.ts
# converts each to PDF; about 300 MB installed), then the npm dependencies from the lockfile.
set -euo pipefail
cd "$(dirname "$0")/.."

export DEBIAN_FRONTEND=noninteractive
need=()
for pkg in chromium fonts-noto-cjk poppler-utils unzip libreoffice-writer-nogui libreoffice-calc-nogui; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
if [ ${#need[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# package.json's allowScripts keeps Electron's binary download out of `npm ci` (it cannot be
# fetched everywhere); `npm start` installs the binary on first run where it can be downloaded.
export ELECTRON_SKIP_BINARY_DOWNLOAD=1
npm ci --no-audit --no-fund
