#!/bin/sh
# Regenerates the fixtures in ../resources from the sample policy text (see ../resources/SOURCES.md).
# Needs Java 17, LibreOffice (apt-get install libreoffice-writer-nogui) with a CJK font
# (fonts-wqy-microhei), and the POI and PDFBox jars of the target platform in ~/.m2 (any build of
# PolicyLens puts them there). The tests do not run this: they use the committed files.
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
m2="${MAVEN_REPO_LOCAL:-$HOME/.m2/repository}"
cp=""
for jar in \
  org/apache/poi/poi/5.4.1/poi-5.4.1.jar \
  org/apache/poi/poi-ooxml/5.4.1/poi-ooxml-5.4.1.jar \
  org/apache/poi/poi-ooxml-lite/5.4.1/poi-ooxml-lite-5.4.1.jar \
  org/apache/xmlbeans/xmlbeans/5.3.0/xmlbeans-5.3.0.jar \
  commons-io/commons-io/2.20.0/commons-io-2.20.0.jar \
  org/apache/commons/commons-compress/1.27.1/commons-compress-1.27.1.jar \
  org/apache/commons/commons-collections4/4.4/commons-collections4-4.4.jar \
  org/apache/commons/commons-lang3/3.16.0/commons-lang3-3.16.0.jar \
  commons-codec/commons-codec/1.19.0/commons-codec-1.19.0.jar \
  org/apache/commons/commons-math3/3.6.1/commons-math3-3.6.1.jar \
  org/apache/logging/log4j/log4j-api/2.24.3/log4j-api-2.24.3.jar \
  com/zaxxer/SparseBitSet/1.3/SparseBitSet-1.3.jar \
  com/github/virtuald/curvesapi/1.08/curvesapi-1.08.jar \
  org/apache/pdfbox/pdfbox/3.0.5/pdfbox-3.0.5.jar \
  org/apache/pdfbox/pdfbox-io/3.0.5/pdfbox-io-3.0.5.jar \
  org/apache/pdfbox/fontbox/3.0.5/fontbox-3.0.5.jar \
  commons-logging/commons-logging/1.3.5/commons-logging-1.3.5.jar
do
  [ -f "$m2/$jar" ] || { echo "missing $m2/$jar: run ./mvnw -DskipTests verify first" >&2; exit 1; }
  cp="$cp${cp:+:}$m2/$jar"
done
exec java -Djava.awt.headless=true -cp "$cp" "$here/MakeFixtures.java" "$root" "$here/../resources"
