package org.policylens.common.tests;

/** A sample whose constructor fails, like a plugin with a bug. */
public class ThrowingSample implements ISample {
	public ThrowingSample() {
		throw new IllegalStateException("broken on purpose");
	}

	@Override
	public String greet() {
		return "never";
	}
}
