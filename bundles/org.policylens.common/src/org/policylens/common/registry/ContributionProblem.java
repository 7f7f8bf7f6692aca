package org.policylens.common.registry;

/**
 * A contribution that could not be used: which extension point, which bundle contributed it,
 * which element, and why. Readers keep these so that the product (Plugins view, Error Log) and
 * the CLI ({@code policylens plugins}) can show them.
 *
 * @param extensionPointId the fully qualified extension point id
 * @param contributor      the symbolic name of the contributing bundle
 * @param element          the configuration element name, with its id if it has one
 * @param message          what is wrong, in words a plugin author can act on
 * @param cause            the exception behind it, or {@code null}
 */
public record ContributionProblem(String extensionPointId, String contributor, String element, String message,
		Throwable cause) {

	@Override
	public String toString() {
		return contributor + " → " + extensionPointId + " <" + element + ">: " + message;
	}
}
