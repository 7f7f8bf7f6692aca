package org.policylens.corpus;

import java.nio.file.Path;

/**
 * A corpus a plugin contributes through {@code org.policylens.corpus.corpora}: a folder of policy
 * documents with a metadata table and licence notes, e.g. the sample policies of
 * {@code org.policylens.corpus.samples}.
 *
 * @param id          its id
 * @param name        its name
 * @param description what it holds
 * @param contributor the contributing bundle
 * @param folder      the folder of its documents (on disk)
 * @param metadata    its metadata CSV, or {@code null}
 * @param licence     its licence notes, or {@code null}
 */
public record ContributedCorpus(String id, String name, String description, String contributor, Path folder,
		Path metadata, Path licence) {
}
