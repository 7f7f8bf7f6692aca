package org.policylens.corpus;

/**
 * A corpus a plugin contributes, as listed (its files are found with {@link CorpusPlugins#corpus(String)}).
 *
 * @param id          its id
 * @param name        its name
 * @param description what it holds
 * @param contributor the contributing bundle
 */
public record CorpusInfo(String id, String name, String description, String contributor) {
}
