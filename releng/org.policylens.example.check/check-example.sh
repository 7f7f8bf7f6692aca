#!/bin/sh
# ----------------------------------------------------------------------------------------------
# The example plugin, end to end, as a user outside PolicyLens would meet it (run by this module at
# './mvnw verify', after the update site and the product are built):
#
#   1. build examples/org.policylens.example.instruments with PolicyLens' wrapper against the fresh
#      update site only (-Dpolicylens.repository=file:.../releng/org.policylens.repository/target/repository);
#   2. copy the built product and install the example's feature from the example's own update site
#      into the copy with 'policylens plugins install' (real p2, into the copy's own profile);
#   3. start the copy again and check that 'policylens plugins installed' lists the example's bundle,
#      resolved, with its contribution to org.policylens.codebook.codebooks, and that
#      'policylens plugins' finds no broken contribution.
#
# Any failure fails the build with the output of the step and the product's log.
#
#   check-example.sh ROOT WORK_DIR offline=true|false LOCAL_REPOSITORY
# ----------------------------------------------------------------------------------------------
set -eu
ROOT=$1
WORK=$2
OFFLINE=${3#offline=}
LOCAL_REPOSITORY=$4

SITE="$ROOT/releng/org.policylens.repository/target/repository"
PRODUCT="$ROOT/releng/org.policylens.repository/target/products/org.policylens.product/linux/gtk/x86_64/policylens"
EXAMPLE="$ROOT/examples/org.policylens.example.instruments"
EXAMPLE_SITE="$EXAMPLE/org.policylens.example.instruments.repository/target/repository"
FEATURE=org.policylens.example.instruments.feature
BUNDLE=org.policylens.example.instruments
COPY="$WORK/policylens"

rm -rf "$WORK"
mkdir -p "$WORK"

# fail MESSAGE [OUTPUT...]: the message, the outputs of the failed step and the product's log
fail() {
  message=$1
  shift
  {
    echo "example check FAILED: $message"
    for output in "$@"; do
      [ -s "$output" ] && { echo "--- $output"; tail -n 60 "$output"; }
    done
    found=""
    for log in "$COPY"/configuration/*.log; do
      [ -f "$log" ] && { found=1; echo "--- product log $log"; tail -n 80 "$log"; }
    done
    [ -n "$found" ] || echo "--- the product wrote no log ($COPY/configuration/*.log)"
    echo "---"
  } >&2
  exit 1
}

# the product's command line, without a display, as a script would run it
policylens() {
  env -u DISPLAY "$COPY/policylens" "$@"
}

step() { echo "example check: $*"; }

# 1. the example against the PolicyLens update site only
step "building $EXAMPLE against $SITE"
offline=""
[ "$OFFLINE" = true ] && offline=-o
# shellcheck disable=SC2086
POLICYLENS_NO_XVFB=1 POLICYLENS_NO_APT=1 "$ROOT/mvnw" -B $offline -Dmaven.repo.local="$LOCAL_REPOSITORY" \
    -f "$EXAMPLE" clean verify -Dpolicylens.repository="file:$SITE" > "$WORK/example-build.out" 2>&1 \
  || fail "the example plugin does not build against the update site $SITE" "$WORK/example-build.out"
[ -f "$EXAMPLE_SITE/content.jar" ] || [ -f "$EXAMPLE_SITE/content.xml" ] || fail "the example build made no update site in $EXAMPLE_SITE" "$WORK/example-build.out"

# 2. install it into a copy of the product
step "installing $FEATURE into a copy of the product ($COPY)"
cp -a "$PRODUCT" "$COPY"
policylens plugins install --repository "$EXAMPLE_SITE" --list > "$WORK/list.out" 2> "$WORK/list.err" \
  || fail "'policylens plugins install --list' cannot read the example's update site" "$WORK/list.out" "$WORK/list.err"
grep -q "^$FEATURE.feature.group " "$WORK/list.out" || fail "the example's update site does not offer $FEATURE" "$WORK/list.out"
policylens plugins install --repository "$EXAMPLE_SITE" "$FEATURE" > "$WORK/install.out" 2> "$WORK/install.err" \
  || fail "'policylens plugins install' failed" "$WORK/install.out" "$WORK/install.err"
grep -q "^Installed into " "$WORK/install.out" || fail "'policylens plugins install' installed nothing" "$WORK/install.out" "$WORK/install.err"
grep -q "^$BUNDLE,.*,plugins/${BUNDLE}_.*\.jar,4,false\$" "$COPY/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info" \
  || fail "bundles.info of the copy does not list $BUNDLE" "$COPY/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"

# 3. the installed product, started again, has the bundle and its codebook contribution
step "checking the installed product"
policylens plugins installed > "$WORK/installed.out" 2> "$WORK/installed.err" || fail "'policylens plugins installed' failed" "$WORK/installed.out" "$WORK/installed.err"
grep -q "^  $BUNDLE  [^ ]*  resolved" "$WORK/installed.out" || fail "$BUNDLE is not resolved in the installed product" "$WORK/installed.out" "$WORK/installed.err"
grep -q "contributes to org.policylens.codebook.codebooks: codebook howlett-ramesh-instruments" "$WORK/installed.out" \
  || fail "$BUNDLE does not contribute the codebook howlett-ramesh-instruments" "$WORK/installed.out"
policylens plugins --tsv > "$WORK/plugins.out" 2> "$WORK/plugins.err" || fail "'policylens plugins' finds broken contributions" "$WORK/plugins.out" "$WORK/plugins.err"
# and the codebook is offered to studies
policylens codebook available > "$WORK/codebooks.out" 2>&1 && grep -q howlett-ramesh-instruments "$WORK/codebooks.out" || fail "the codebook is not available" "$WORK/codebooks.out"
step "ok: $(grep -c . "$WORK/installed.out") line(s) from 'policylens plugins installed':"
cat "$WORK/installed.out"
