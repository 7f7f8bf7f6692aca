package org.policylens.p2;

import java.util.List;

/**
 * What was installed into an installation besides the product: a feature (or bundle) that a user
 * asked for, with the bundles it brought.
 *
 * @param id      its installable-unit id
 * @param version its version
 * @param name    its name, or the id when it has none
 * @param bundles the bundles it includes, sorted by name
 */
public record InstalledPlugin(String id, String version, String name, List<InstalledBundle> bundles) {
}
