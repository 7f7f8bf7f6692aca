package org.policylens.corpus.ui.internal;

import java.util.List;

import org.policylens.corpus.model.Document;

/**
 * The documents that share a value of the attribute the Corpus view groups by.
 *
 * @param value     the value, e.g. 北京
 * @param documents its documents
 */
record DocumentGroup(String value, List<Document> documents) {
}
