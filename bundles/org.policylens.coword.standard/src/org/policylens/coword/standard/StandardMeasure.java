package org.policylens.coword.standard;

import org.policylens.coword.ISimilarityMeasure;

/** The id and name of a standard measure; subclasses give the formula. */
abstract class StandardMeasure implements ISimilarityMeasure {

	private final String id;
	private final String name;

	StandardMeasure(String id, String name) {
		this.id = id;
		this.name = name;
	}

	@Override
	public final String id() {
		return id;
	}

	@Override
	public final String name() {
		return name;
	}

	@Override
	public String toString() {
		return name + " (" + id + ")"; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
