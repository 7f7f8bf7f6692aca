package org.policylens.common.tests;

/** A sample that works. */
public class GoodSample implements ISample {
	@Override
	public String greet() {
		return "hello";
	}
}
