#!/usr/bin/env bash
# Installs what Eligibility needs from Debian/Ubuntu packages, only when something is missing.
#   poppler-utils  pdftohtml / pdftoppm / pdfinfo: PDF text with positions and fonts
#   tesseract-ocr  OCR for image-only pages (English data: tesseract-ocr-eng)
#   qpdf           used by tests to make damaged PDFs
#   fonts-dejavu-core  fonts for regenerating corpus-samples/ PDFs
#   nodejs, npm    the side panel's SignalR browser client comes from npm at build; hub tests use the Node client
#   chromium       (tests only) the side panel is tested in headless Chromium
#   postgresql, redis-server  (tests only, started by scripts/postgres.sh and scripts/redis.sh)
set -euo pipefail

need=()
command -v pdftohtml >/dev/null 2>&1 || need+=(poppler-utils)
command -v tesseract >/dev/null 2>&1 || need+=(tesseract-ocr tesseract-ocr-eng)
command -v qpdf >/dev/null 2>&1 || need+=(qpdf)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf ] || need+=(fonts-dejavu-core)
command -v node >/dev/null 2>&1 || need+=(nodejs)
command -v npm >/dev/null 2>&1 || need+=(npm)
for extra in "$@"; do
  case "$extra" in
    chromium) command -v chromium >/dev/null 2>&1 || need+=(chromium) ;;
    postgresql) [ -x /usr/lib/postgresql/15/bin/initdb ] || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql) ;;
    redis) command -v redis-server >/dev/null 2>&1 || need+=(redis-server) ;;
  esac
done

if [ ${#need[@]} -gt 0 ]; then
  echo "Installing Debian packages: ${need[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

if ! command -v dotnet >/dev/null 2>&1; then
  echo "error: the .NET SDK 10 is required (https://dot.net); install it and run this again" >&2
  exit 1
fi
