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
 * @param parent      the command this one is a subcommand of ({@code plugins} for {@code plugins
 *                    install}), or empty for a command of its own
 */
public record CommandInfo(String name, String summary, List<String> usage, String description, String contributor,
		String parent) {

	/** @return what is typed to run it: the name, after the parent's for a subcommand */
	public String path() {
		return parent.isEmpty() ? name : parent + " " + name; //$NON-NLS-1$
	}
}
