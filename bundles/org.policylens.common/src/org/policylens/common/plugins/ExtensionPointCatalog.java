package org.policylens.common.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;

/**
 * Lists the extension points of one namespace (PolicyLens' own: {@code org.policylens}) with
 * every contribution and the bundle it comes from, and checks each contribution against its
 * extension point's schema: required attributes present, classes loadable and of the type the
 * schema asks for. Nothing is instantiated.
 * <p>
 * This is what {@code policylens plugins} prints and the Plugins view shows.
 */
public final class ExtensionPointCatalog {

	private final IExtensionRegistry registry;
	private final String namespacePrefix;

	/**
	 * @param registry        the registry to read
	 * @param namespacePrefix extension points whose id starts with this and a dot are listed,
	 *                        e.g. {@code "org.policylens"}
	 */
	public ExtensionPointCatalog(IExtensionRegistry registry, String namespacePrefix) {
		this.registry = Objects.requireNonNull(registry);
		this.namespacePrefix = namespacePrefix.endsWith(".") ? namespacePrefix : namespacePrefix + "."; //$NON-NLS-1$
	}

	/**
	 * @param verify whether to check every contribution against the schema (loads classes)
	 * @return the extension points sorted by id
	 */
	public List<ExtensionPointInfo> read(boolean verify) {
		List<ExtensionPointInfo> result = new ArrayList<>();
		for (IExtensionPoint point : registry.getExtensionPoints()) {
			if (!point.getUniqueIdentifier().startsWith(namespacePrefix)) {
				continue;
			}
			String declaring = point.getContributor().getName();
			ExtensionSchema schema = verify ? loadSchema(declaring, point.getSchemaReference()) : ExtensionSchema.EMPTY;
			List<ContributionInfo> contributions = new ArrayList<>();
			Set<String> seen = new HashSet<>();
			for (IExtension extension : point.getExtensions()) {
				for (IConfigurationElement element : extension.getConfigurationElements()) {
					ContributionInfo info = describe(point.getUniqueIdentifier(), element, schema, verify);
					// ids are unique per element name, and per parent where elements name one (subcommands)
					String key = info.element() + "/" + first(element, "parent") + "/" + info.id(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					if (verify && hasId(element) && !seen.add(key)) {
						info = withProblem(info, "id '" + info.id() + "' is contributed more than once");
					}
					contributions.add(info);
				}
			}
			contributions.sort(Comparator.comparing(ContributionInfo::contributor).thenComparing(ContributionInfo::id));
			result.add(new ExtensionPointInfo(point.getUniqueIdentifier(), point.getLabel(), declaring,
					point.getSchemaReference(), List.copyOf(contributions)));
		}
		result.sort(Comparator.comparing(ExtensionPointInfo::id));
		return result;
	}

	private ContributionInfo describe(String pointId, IConfigurationElement element, ExtensionSchema schema,
			boolean verify) {
		String contributor = element.getContributor().getName();
		String id = first(element, "id", "name"); //$NON-NLS-1$ //$NON-NLS-2$
		String label = first(element, "label", "summary", "name"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		String className = Objects.toString(element.getAttribute("class"), ""); //$NON-NLS-1$ //$NON-NLS-2$
		List<String> problems = new ArrayList<>();
		if (verify) {
			check(element, schema, bundle(contributor), problems);
			if (id.chars().anyMatch(Character::isWhitespace)) {
				problems.add("id '" + id + "' contains spaces");
			}
		}
		return new ContributionInfo(pointId, contributor, element.getName(), id.isEmpty() ? element.getName() : id,
				label, className, List.copyOf(problems));
	}

	private void check(IConfigurationElement element, ExtensionSchema schema, Bundle bundle, List<String> problems) {
		for (ExtensionSchema.Attribute attribute : schema.attributes(element.getName()).values()) {
			String value = element.getAttribute(attribute.name());
			if (value == null || value.isBlank()) {
				if (attribute.required()) {
					problems.add("<" + element.getName() + "> lacks the required attribute '" + attribute.name() + "'");
				}
				continue;
			}
			if (attribute.java()) {
				checkClass(value, attribute, bundle, problems);
			}
		}
		for (IConfigurationElement child : element.getChildren()) {
			check(child, schema, bundle, problems);
		}
	}

	private static void checkClass(String value, ExtensionSchema.Attribute attribute, Bundle bundle,
			List<String> problems) {
		String className = value.contains(":") ? value.substring(0, value.indexOf(':')) : value; //$NON-NLS-1$
		if (bundle == null) {
			problems.add("the contributing bundle is not installed");
			return;
		}
		try {
			Class<?> type = bundle.loadClass(className.trim());
			for (String required : attribute.basedOn()) {
				Class<?> requiredType = bundle.loadClass(required);
				if (!requiredType.isAssignableFrom(type)) {
					problems.add(className + " is not a " + required);
				}
			}
		} catch (ClassNotFoundException | LinkageError e) {
			problems.add("class " + className + " cannot be loaded from bundle " + bundle.getSymbolicName() + " ("
					+ e.getClass().getSimpleName() + ")");
		}
	}

	private static boolean hasId(IConfigurationElement element) {
		return element.getAttribute("id") != null || element.getAttribute("name") != null; //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static ContributionInfo withProblem(ContributionInfo info, String problem) {
		List<String> problems = new ArrayList<>(info.problems());
		problems.add(problem);
		return new ContributionInfo(info.extensionPointId(), info.contributor(), info.element(), info.id(), info.label(),
				info.className(), List.copyOf(problems));
	}

	private static ExtensionSchema loadSchema(String declaringBundle, String schemaPath) {
		Bundle bundle = bundle(declaringBundle);
		if (bundle == null || schemaPath == null) {
			return ExtensionSchema.EMPTY;
		}
		URL entry = bundle.getEntry(schemaPath);
		if (entry == null) {
			return ExtensionSchema.EMPTY;
		}
		try (InputStream in = entry.openStream()) {
			return ExtensionSchema.parse(in);
		} catch (IOException e) {
			return ExtensionSchema.EMPTY;
		}
	}

	private static Bundle bundle(String symbolicName) {
		return Platform.getBundle(symbolicName);
	}

	private static String first(IConfigurationElement element, String... attributes) {
		for (String attribute : attributes) {
			String value = element.getAttribute(attribute);
			if (value != null && !value.isBlank()) {
				return value.trim();
			}
		}
		return ""; //$NON-NLS-1$
	}
}
