package org.policylens.p2;

/**
 * A feature that an update site offers.
 *
 * @param id          its installable-unit id, what {@code policylens plugins install} takes (e.g.
 *                    {@code org.policylens.example.instruments.feature.group})
 * @param version     its version
 * @param name        its name, or the id when it has none
 * @param description its description, or empty
 * @param installed   whether this version is installed already
 */
public record AvailableFeature(String id, String version, String name, String description, boolean installed) {
}
