package org.policylens.codebook.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.codebook.Codebooks;
import org.policylens.codebook.edit.CodebookItemProviders;
import org.policylens.codebook.model.Code;
import org.policylens.codebook.model.CodebookPackage;

/**
 * The item providers on the contributed policy-tool codebook: names as labels, the code tree as
 * children, the generated icons and strings found in the bundle, the property descriptors the
 * genmodel asks for, and the registration in the item provider registry.
 */
public class ItemProvidersTest {

	@TempDir
	Path tmp;

	private PolicyToolsStudy fixture;
	private ComposedAdapterFactory providers;

	@BeforeEach
	void open() throws Exception {
		fixture = new PolicyToolsStudy(tmp.resolve("study"));
		providers = fixture.domain.getItemProviders();
	}

	@AfterEach
	void close() {
		fixture.close();
	}

	private String text(Object object) {
		return ((IItemLabelProvider) providers.adapt(object, IItemLabelProvider.class)).getText(object);
	}

	private List<String> children(Object object) {
		ITreeItemContentProvider tree = (ITreeItemContentProvider) providers.adapt(object, ITreeItemContentProvider.class);
		return tree.getChildren(object).stream().map(this::text).toList();
	}

	private Map<String, IItemPropertyDescriptor> descriptors(Object object) {
		IItemPropertySource source = (IItemPropertySource) providers.adapt(object, IItemPropertySource.class);
		return source.getPropertyDescriptors(object).stream()
				.collect(Collectors.toMap(d -> d.getDisplayName(object), Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
	}

	private static Object value(IItemPropertyDescriptor descriptor, Object object) {
		return ((ItemPropertyDescriptor.PropertyValueWrapper) descriptor.getPropertyValue(object)).getEditableValue(object);
	}

	@Test
	void labelsAreTheNamesAndChildrenTheCodeTree() {
		assertEquals("Policy tools 政策工具", text(fixture.codebook));
		assertEquals(List.of("Supply-based tools 供给型政策工具", "Environment-based tools 环境型政策工具", "Demand-based tools 需求型政策工具"),
				children(fixture.codebook));
		assertEquals(List.of("Talent 人才培养", "Information support 信息支持", "Infrastructure 基础设施建设", "Technical support 技术支持",
				"Organisational leadership 组织领导", "Other supply-based tools 其他供给型工具"), children(fixture.code("Supply-based tools")));

		Code talent = fixture.code("Supply-based tools/Talent");
		ITreeItemContentProvider tree = (ITreeItemContentProvider) providers.adapt(talent, ITreeItemContentProvider.class);
		assertSame(fixture.code("Supply-based tools"), tree.getParent(talent));
		assertFalse(tree.hasChildren(talent));
		assertSame(fixture.codebook, fixture.domain.getParent(fixture.code("Demand-based tools")), "the parent of a top code is its codebook");

		org.policylens.codebook.model.Codebooks part = Codebooks.partOf(fixture.study);
		assertEquals("Codebooks", text(part), "the study part keeps the generated label");
		assertEquals(List.of("Policy tools 政策工具"), children(part));
	}

	@Test
	void theGeneratedIconsAndStringsAreFoundInTheBundle() throws Exception {
		Code talent = fixture.code("Talent");
		Object image = ((IItemLabelProvider) providers.adapt(talent, IItemLabelProvider.class)).getImage(talent);
		URL url = assertInstanceOf(URL.class, image, "an icon of the edit bundle");
		assertTrue(url.toString().endsWith("icons/full/obj16/Code.gif"), url.toString());
		try (InputStream in = url.openStream()) {
			assertEquals("GIF89a", new String(in.readNBytes(6), java.nio.charset.StandardCharsets.US_ASCII));
		}
		IItemPropertyDescriptor colour = descriptors(talent).get("Colour");
		assertEquals("#RRGGBB, or empty for the default colour of its position", colour.getDescription(talent),
				"from plugin.properties, generated from the genmodel");
	}

	@Test
	void codesHaveTheirFieldsAsPropertiesWithTheGuidReadOnly() {
		Code talent = fixture.code("Talent");
		Map<String, IItemPropertyDescriptor> properties = descriptors(talent);
		assertEquals(List.of("Guid", "Name", "Colour", "Codable", "Definition", "Inclusion", "Exclusion", "Examples", "Keywords"),
				List.copyOf(properties.keySet()));
		assertFalse(properties.get("Guid").canSetProperty(talent));
		assertEquals(talent.getGuid(), value(properties.get("Guid"), talent));
		for (String editable : List.of("Name", "Colour", "Codable", "Definition", "Inclusion", "Exclusion", "Examples", "Keywords")) {
			assertTrue(properties.get(editable).canSetProperty(talent), editable);
		}
		assertTrue(properties.get("Definition").isMultiLine(talent));
		assertTrue(properties.get("Exclusion").isMultiLine(talent));
		assertFalse(properties.get("Name").isMultiLine(talent));
		assertEquals("Criteria", properties.get("Inclusion").getCategory(talent));
		assertEquals("Dictionary", properties.get("Keywords").getCategory(talent));
		assertSame(CodebookPackage.Literals.CODE__KEYWORDS, properties.get("Keywords").getFeature(talent));
		Collection<?> keywords = (Collection<?>) value(properties.get("Keywords"), talent);
		assertTrue(keywords.contains("人才培养"), keywords.toString());
	}

	@Test
	void aCodebooksOwnFieldsAreReadOnly() {
		Map<String, IItemPropertyDescriptor> properties = descriptors(fixture.codebook);
		assertEquals(List.of("Id", "Name", "Description", "Source", "Language", "Version", "Origin", "Exchange Origin"),
				List.copyOf(properties.keySet()));
		properties.forEach((name, d) -> assertFalse(d.canSetProperty(fixture.codebook), name));
	}

	@Test
	void theFactoryIsRegisteredForTheCodebookPackage() {
		ComposedAdapterFactory.Descriptor descriptor = ComposedAdapterFactory.Descriptor.Registry.INSTANCE
				.getDescriptor(List.of(CodebookPackage.eNS_URI, ITreeItemContentProvider.class.getName()));
		assertNotNull(descriptor, "org.eclipse.emf.edit.itemProviderAdapterFactories names it");
		assertInstanceOf(CodebookItemProviders.class, descriptor.createAdapterFactory());
		ComposedAdapterFactory registry = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
		try {
			Code talent = fixture.code("Talent");
			assertEquals("Talent 人才培养",
					((IItemLabelProvider) registry.adapt(talent, IItemLabelProvider.class)).getText(talent));
		} finally {
			registry.dispose();
		}
	}
}
