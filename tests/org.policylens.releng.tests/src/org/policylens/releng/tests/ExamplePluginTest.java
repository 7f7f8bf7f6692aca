package org.policylens.releng.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.junit.jupiter.api.Test;
import org.policylens.codebook.model.Code;
import org.policylens.codebook.model.Codebook;
import org.policylens.codebook.model.CodebookPackage;

/**
 * The example plugin in {@code examples/} (built and installed by
 * {@code releng/org.policylens.example.check}): its hand-written codebook file is a valid
 * {@link Codebook} of the codebook model, complete enough to code with, and the contribution in its
 * plugin.xml names it.
 */
public class ExamplePluginTest {

	private static final Path PLUGIN = ArchitectureTest.sourceRoot()
			.resolve("examples/org.policylens.example.instruments/org.policylens.example.instruments");

	@Test
	void theCodebookFileIsAValidCodebookOfHowlettAndRameshsInstruments() throws Exception {
		Codebook codebook = load(PLUGIN.resolve("codebooks/instruments.codebook"));
		Diagnostic diagnostic = Diagnostician.INSTANCE.validate(codebook);
		assertEquals(Diagnostic.OK, diagnostic.getSeverity(),
				() -> diagnostic.getChildren().stream().map(Diagnostic::getMessage).toList().toString());

		assertEquals("howlett-ramesh-instruments", codebook.getId());
		assertEquals(1, codebook.getVersion());
		assertTrue(codebook.getSource().startsWith("Howlett, M. & Ramesh, M. (2003). Studying Public Policy"), codebook.getSource());
		assertEquals(List.of("Voluntary instruments", "Mixed instruments", "Compulsory instruments"),
				codebook.getCodes().stream().map(Code::getName).toList());
		assertEquals(List.of("Family and community", "Voluntary organisations", "Private markets"), names(codebook.getCodes().get(0)));
		assertEquals(List.of("Information and exhortation", "Subsidies", "Auction of property rights", "Tax and user charges"),
				names(codebook.getCodes().get(1)));
		assertEquals(List.of("Regulation", "Public enterprise", "Direct provision"), names(codebook.getCodes().get(2)));

		Set<String> guids = new HashSet<>();
		for (Code type : codebook.getCodes()) {
			assertFalse(type.isCodable(), type.getName() + " only groups instruments");
			for (Code code : all(type)) {
				assertEquals(code.getGuid(), UUID.fromString(code.getGuid()).toString(), code.getName());
				assertTrue(guids.add(code.getGuid()), "unique guid " + code.getGuid());
				assertTrue(code.getColour().matches("#[0-9A-F]{6}"), code.getName() + ": " + code.getColour());
				for (String text : List.of(code.getDefinition(), code.getInclusion(), code.getExclusion())) {
					assertTrue(text != null && text.length() > 30, code.getName() + " has a definition and criteria");
				}
			}
			for (Code instrument : type.getChildren()) {
				assertTrue(instrument.isCodable(), instrument.getName());
				assertFalse(instrument.getExamples().isEmpty(), instrument.getName() + " has an example");
				assertTrue(instrument.getKeywords().size() >= 3, instrument.getName() + " has a keyword dictionary");
				assertTrue(instrument.getKeywords().stream().anyMatch(k -> k.codePoints().anyMatch(c -> c >= 0x4E00)),
						instrument.getName() + " has Chinese keywords");
			}
		}
		assertEquals(13, guids.size());
	}

	@Test
	void itsPluginXmlContributesTheCodebookFileWithoutCode() throws Exception {
		String pluginXml = Files.readString(PLUGIN.resolve("plugin.xml"));
		Matcher codebook = Pattern.compile("<codebook\\s([^>]*)/>").matcher(pluginXml);
		assertTrue(pluginXml.contains("<extension point=\"org.policylens.codebook.codebooks\">"), pluginXml);
		assertTrue(codebook.find(), pluginXml);
		assertTrue(codebook.group(1).contains("id=\"howlett-ramesh-instruments\""), codebook.group(1));
		assertTrue(codebook.group(1).contains("file=\"codebooks/instruments.codebook\""), codebook.group(1));
		assertFalse(Files.exists(PLUGIN.resolve("src")), "a resource-only plugin");
		String build = Files.readString(PLUGIN.resolve("build.properties"));
		assertTrue(build.contains("codebooks/") && build.contains("plugin.xml"), build);
	}

	private static Codebook load(Path file) throws Exception {
		ResourceSetImpl resources = new ResourceSetImpl();
		resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("codebook", new XMIResourceFactoryImpl());
		resources.getPackageRegistry().put(CodebookPackage.eNS_URI, CodebookPackage.eINSTANCE);
		Resource resource = resources.getResource(URI.createFileURI(file.toString()), true);
		assertEquals(List.of(), resource.getErrors());
		assertEquals(List.of(), resource.getWarnings());
		assertEquals(1, resource.getContents().size());
		return (Codebook) resource.getContents().get(0);
	}

	private static List<String> names(Code parent) {
		return parent.getChildren().stream().map(Code::getName).toList();
	}

	private static List<Code> all(Code root) {
		List<Code> codes = new ArrayList<>(List.of(root));
		root.getChildren().forEach(child -> codes.addAll(all(child)));
		return codes;
	}
}
