package org.policylens.qdpx;

/**
 * What an imported archive may hold at most, so that an archive made to exhaust memory or disk
 * (a "zip bomb") is refused before it is unpacked.
 *
 * @param maxEntries    the number of entries
 * @param maxTotalBytes the uncompressed size of all entries together
 * @param maxRatio      how many times larger than compressed an entry of more than
 *                      {@code ratioThreshold} bytes may be
 * @param ratioThreshold entries up to this size are not checked for their ratio (small files
 *                      compress well without being bombs)
 */
public record QdpxLimits(int maxEntries, long maxTotalBytes, int maxRatio, long ratioThreshold) {

	/** 10,000 entries, 500 MB uncompressed, a ratio of at most 100 for entries over 1 MB. */
	public static final QdpxLimits DEFAULT = new QdpxLimits(10_000, 500L * 1024 * 1024, 100, 1024L * 1024);
}
