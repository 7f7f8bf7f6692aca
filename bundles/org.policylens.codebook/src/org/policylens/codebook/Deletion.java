package org.policylens.codebook;

import java.util.List;

import org.policylens.study.model.LedgerEvent;

/**
 * What deleting a code did. Codings of the deleted codes should go too (the coding area does it).
 *
 * @param guids the guids of the deleted codes: the code and, if it had any, its descendants,
 *              depth first
 * @param event the ledger event ({@code codebook.code.deleted})
 */
public record Deletion(List<String> guids, LedgerEvent event) {
}
