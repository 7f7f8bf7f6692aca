package org.policylens.cli;

import java.util.List;

/**
 * What {@code plugin.xml} declares about a command, for {@code policylens help}.
 *
 * @param name        the word that selects the command, e.g. {@code study}
 * @param summary     one line
 * @param usage       the synopsis lines, e.g. {@code study create --study DIR [--title TEXT]}
 * @param description the longer help text, or empty
 * @param contributor the bundle that contributes it
 */
public record CommandInfo(String name, String summary, List<String> usage, String description, String contributor) {
}
