package org.policylens.common.tests;

/** The API type of the test extension point {@code org.policylens.common.tests.samples}. */
public interface ISample {
	/** @return a greeting */
	String greet();
}
