package org.policylens.p2;

import java.util.List;

/**
 * What an install did.
 *
 * @param installed the plugins installed now
 * @param unchanged the plugins that were installed already (in the same version)
 */
public record InstallResult(List<InstalledPlugin> installed, List<InstalledPlugin> unchanged) {
}
