#!/bin/sh
# Takes a screenshot of the built product under Xvfb (for docs/images): the product starts on the
# sample study, with the Study Explorer expanded, in a fresh home folder.
#   releng/tools/screenshot.sh OUTPUT.png [SECONDS] [PRODUCT ARGS...]
# Needs: xvfb, imagemagick (import), a CJK font (fonts-wqy-microhei) for Chinese text.
set -eu
out=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
wait=${2:-25}
[ $# -ge 2 ] && shift 2 || shift $#
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
PRODUCT="$ROOT/releng/org.policylens.repository/target/products/org.policylens.product/linux/gtk/x86_64/policylens"
home=$(mktemp -d)
[ $# -gt 0 ] || set -- --sample
xvfb-run -a -s "-screen 0 1400x900x24" sh -c "
  HOME='$home' POLICYLENS_VMARGS='-Xmx2g -Duser.home=$home' POLICYLENS_WORKSPACE='$home/ws' '$PRODUCT/policylens' \"\$@\" >'$home/product.log' 2>&1 &
  sleep $wait
  import -window root '$out'
  kill \$! 2>/dev/null || true
" sh "$@"
echo "wrote $out (product log: $home/product.log)"
