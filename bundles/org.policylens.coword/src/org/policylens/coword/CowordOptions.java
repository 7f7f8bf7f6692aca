package org.policylens.coword;

/**
 * How a network is made from a matrix: which links to keep, and the clustering and layout
 * parameters. Leiden and the VOS layout start from {@code new java.util.Random(seed)}, so the same
 * matrix, options and seed give the same clusters and coordinates.
 *
 * @param minStrength  the least link strength (under the measure) a link needs to be kept; 0 keeps all
 * @param maxLinks     keep at most this many of the strongest links (ties by term order); 0 for all
 * @param resolution   Leiden's resolution: higher gives more, smaller clusters (VOSviewer's default 1.0)
 * @param seed         the random seed of clustering and layout, recorded with the result
 * @param iterations   Leiden iterations per random start (networkanalysis' default 10)
 * @param randomStarts clusterings and layouts tried, the best kept (quality, VOS stress)
 */
public record CowordOptions(double minStrength, int maxLinks, double resolution, long seed, int iterations,
		int randomStarts) {

	/** The default seed (any number; recorded so a map can be made again). */
	public static final long DEFAULT_SEED = 42;

	/** All links, resolution 1, seed 42, 10 iterations, 1 random start. */
	public static final CowordOptions DEFAULTS = new CowordOptions(0, 0, 1.0, DEFAULT_SEED, 10, 1);

	/**
	 * @throws IllegalArgumentException if a value is out of range
	 */
	public CowordOptions {
		if (minStrength < 0 || Double.isNaN(minStrength)) {
			throw new IllegalArgumentException("the minimum link strength cannot be negative: " + minStrength);
		}
		if (maxLinks < 0) {
			throw new IllegalArgumentException("the maximum number of links cannot be negative: " + maxLinks);
		}
		if (!(resolution > 0)) {
			throw new IllegalArgumentException("the resolution must be positive: " + resolution);
		}
		if (iterations < 1 || randomStarts < 1) {
			throw new IllegalArgumentException("iterations and random starts must be at least 1");
		}
	}

	/** @param value the least link strength @return these options with it */
	public CowordOptions withMinStrength(double value) {
		return new CowordOptions(value, maxLinks, resolution, seed, iterations, randomStarts);
	}

	/** @param value the most links kept, 0 for all @return these options with it */
	public CowordOptions withMaxLinks(int value) {
		return new CowordOptions(minStrength, value, resolution, seed, iterations, randomStarts);
	}

	/** @param value Leiden's resolution @return these options with it */
	public CowordOptions withResolution(double value) {
		return new CowordOptions(minStrength, maxLinks, value, seed, iterations, randomStarts);
	}

	/** @param value the random seed @return these options with it */
	public CowordOptions withSeed(long value) {
		return new CowordOptions(minStrength, maxLinks, resolution, value, iterations, randomStarts);
	}

	/** @param value Leiden iterations @return these options with it */
	public CowordOptions withIterations(int value) {
		return new CowordOptions(minStrength, maxLinks, resolution, seed, value, randomStarts);
	}

	/** @param value random starts @return these options with it */
	public CowordOptions withRandomStarts(int value) {
		return new CowordOptions(minStrength, maxLinks, resolution, seed, iterations, value);
	}
}
