package org.policylens.p2;

/**
 * A bundle that a plugin brought into the installation.
 *
 * @param symbolicName its symbolic name
 * @param version      its version
 */
public record InstalledBundle(String symbolicName, String version) {
}
