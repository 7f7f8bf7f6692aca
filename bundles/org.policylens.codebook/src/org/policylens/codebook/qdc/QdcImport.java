package org.policylens.codebook.qdc;

import java.util.List;

import org.policylens.codebook.model.Codebook;

/**
 * A codebook read from a REFI-QDA file.
 *
 * @param codebook the codebook (belonging to no study when {@link QdcReader} returns it, the
 *                 study's once {@link org.policylens.codebook.Codebooks#importQdc} adopted it)
 * @param warnings what the file held that PolicyLens does not keep (e.g. code sets), one
 *                 sentence each
 */
public record QdcImport(Codebook codebook, List<String> warnings) {
}
