package org.policylens.common.tests;

/** A class that does not implement {@link ISample}. */
public class NotASample {
}
