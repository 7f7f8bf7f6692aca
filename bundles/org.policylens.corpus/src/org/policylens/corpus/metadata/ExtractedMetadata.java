package org.policylens.corpus.metadata;

import java.util.Map;

/**
 * What {@link MetadataExtractor} found.
 *
 * @param title     the policy's title, or {@code null}
 * @param values    attribute values by {@link Keys} name
 * @param bodyStart where the policy text starts
 */
public record ExtractedMetadata(String title, Map<String, String> values, int bodyStart) {
}
