package org.policylens.releng.emfgen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Runs EMF's code generator without Eclipse, for every {@code model/*.genmodel} under a bundles
 * folder.
 * <ul>
 * <li>{@code --generate BUNDLES}: rewrites each bundle's {@code src-gen/} from its genmodel.</li>
 * <li>{@code --check BUNDLES}: generates into a temporary copy and fails (exit 1) listing every
 * file of {@code src-gen/} that differs, is missing or is extra. The build runs this, so
 * hand-edited or stale generated code cannot land.</li>
 * </ul>
 * Only {@code src-gen/} is the generator's: {@code plugin.xml}, {@code MANIFEST.MF} and
 * {@code build.properties} are written by hand and never touched.
 * <p>
 * A genmodel that sets {@code editDirectory} to a bundle that exists (e.g.
 * {@code /org.policylens.codebook.edit/src-gen}) also gets its EMF.Edit code: the item providers in
 * that bundle's {@code src-gen/}, and what they read at run time, {@code plugin.properties} (their
 * labels) and {@code icons/} (one GIF per class), all three generated and checked the same way.
 */
public final class GenerateModels {

	private static final String SRC_GEN = "src-gen";
	/** What the generator owns in a model bundle. */
	private static final List<String> MODEL_OUTPUTS = List.of(SRC_GEN);
	/** What it owns in an edit bundle: the item providers, their strings and their icons. */
	private static final List<String> EDIT_OUTPUTS = List.of(SRC_GEN, "plugin.properties", "icons");

	private GenerateModels() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length != 2 || !List.of("--generate", "--check").contains(args[0])) {
			System.err.println("usage: GenerateModels (--generate | --check) BUNDLES_DIR");
			System.exit(2);
		}
		boolean check = args[0].equals("--check");
		Path bundles = Path.of(args[1]).toAbsolutePath().normalize();
		List<String> problems = new ArrayList<>();
		int models = 0;
		try (Stream<Path> dirs = Files.list(bundles)) {
			for (Path bundle : dirs.sorted().toList()) {
				for (Path genmodel : genmodels(bundle)) {
					models++;
					problems.addAll(run(bundle, genmodel, check));
				}
			}
		}
		if (!problems.isEmpty()) {
			System.err.println("EMF generated code is not what the genmodels give:");
			problems.forEach(p -> System.err.println("  " + p));
			System.err.println("Regenerate with: ./mvnw -f releng/org.policylens.releng.emfgen -Pgenerate");
			System.exit(1);
		}
		System.out.println((check ? "Checked " : "Generated ") + models + " genmodel(s) under " + bundles
				+ (check ? ": the generated code is up to date" : ""));
	}

	private static List<Path> genmodels(Path bundle) throws IOException {
		Path model = bundle.resolve("model");
		if (!Files.isDirectory(model)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(model)) {
			return files.filter(f -> f.getFileName().toString().endsWith(".genmodel")).sorted().toList();
		}
	}

	/**
	 * Generates into a scratch copy of the bundle (model/ only) and, if the genmodel names an edit
	 * bundle that exists, into a scratch edit bundle; then compares or copies what the generator owns.
	 */
	private static List<String> run(Path bundle, Path genmodelFile, boolean check) throws IOException {
		String project = bundle.getFileName().toString();
		Path scratch = Files.createTempDirectory("policylens-emfgen-");
		try {
			Path copy = scratch.resolve(project);
			copyTree(bundle.resolve("model"), copy.resolve("model"));
			copyManifest(bundle, copy);
			GenModel genModel = load(bundle.getParent(), project, copy, copy.resolve("model").resolve(genmodelFile.getFileName()));
			generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE);
			List<String> problems = new ArrayList<>(apply(copy, bundle, MODEL_OUTPUTS, check));
			String editProject = editProject(genModel);
			if (editProject != null && Files.isDirectory(bundle.resolveSibling(editProject))) {
				Path editCopy = scratch.resolve(editProject);
				Files.createDirectories(editCopy);
				copyManifest(bundle.resolveSibling(editProject), editCopy);
				EcorePlugin.getPlatformResourceMap().put(editProject, URI.createFileURI(editCopy.toString() + "/"));
				generate(genModel, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE);
				problems.addAll(apply(editCopy, bundle.resolveSibling(editProject), EDIT_OUTPUTS, check));
			}
			return problems;
		} finally {
			deleteTree(scratch);
		}
	}

	/**
	 * The generator reads a bundle's name and vendor from its hand-written manifest (for the edit
	 * bundle's plugin.properties), so the scratch copy gets it too.
	 */
	private static void copyManifest(Path bundle, Path copy) throws IOException {
		Path manifest = bundle.resolve("META-INF/MANIFEST.MF");
		if (Files.isRegularFile(manifest)) {
			Files.createDirectories(copy.resolve("META-INF"));
			Files.copy(manifest, copy.resolve("META-INF/MANIFEST.MF"), StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/**
	 * @return the project of the genmodel's edit directory if the genmodel sets one (the generator
	 *         otherwise derives one from the model directory, which no bundle wants), else null
	 */
	private static String editProject(GenModel genModel) {
		if (!genModel.eIsSet(GenModelPackage.Literals.GEN_MODEL__EDIT_DIRECTORY)) {
			return null;
		}
		String[] segments = genModel.getEditDirectory().replaceFirst("^/", "").split("/");
		return segments.length == 0 || segments[0].isEmpty() ? null : segments[0];
	}

	/** Compares the generated outputs with the bundle's (check) or replaces the bundle's with them. */
	private static List<String> apply(Path generated, Path bundle, List<String> outputs, boolean check) throws IOException {
		String project = bundle.getFileName().toString();
		List<String> problems = new ArrayList<>();
		for (String output : outputs) {
			Path fresh = generated.resolve(output);
			Path committed = bundle.resolve(output);
			if (check) {
				problems.addAll(compare(project + "/" + output, fresh, committed));
			} else {
				deleteTree(committed);
				copyTree(fresh, committed);
				System.out.println("Generated " + output + " of " + project);
			}
		}
		return problems;
	}

	private static GenModel load(Path bundles, String project, Path projectDir, Path genmodelFile) throws IOException {
		// every bundle is a "project", so that a genmodel can use another bundle's model
		// (platform:/resource/org.policylens.study/model/study.genmodel); the one generated maps to the scratch copy
		try (Stream<Path> dirs = Files.list(bundles)) {
			dirs.forEach(b -> EcorePlugin.getPlatformResourceMap().put(b.getFileName().toString(),
					URI.createFileURI(b.toString() + "/")));
		}
		EcorePlugin.getPlatformResourceMap().put(project, URI.createFileURI(projectDir.toString() + "/"));
		ResourceSet resourceSet = new ResourceSetImpl();
		Map<String, Object> factories = resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap();
		factories.put("ecore", new EcoreResourceFactoryImpl());
		factories.put("genmodel", new EcoreResourceFactoryImpl());
		resourceSet.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
		resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);

		Resource resource = resourceSet.getResource(URI.createFileURI(genmodelFile.toString()), true);
		GenModel genModel = (GenModel) resource.getContents().get(0);
		genModel.reconcile();
		genModel.setCanGenerate(true);
		Diagnostic diagnostic = genModel.diagnose();
		if (diagnostic.getSeverity() == Diagnostic.ERROR) {
			throw new IllegalStateException("invalid genmodel " + genmodelFile + ": " + diagnostic);
		}
		return genModel;
	}

	private static void generate(GenModel genModel, Object projectType) {
		GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
				GenModelGeneratorAdapterFactory.DESCRIPTOR);
		Generator generator = new Generator();
		generator.setInput(genModel);
		Diagnostic result = generator.generate(genModel, projectType, new BasicMonitor());
		if (result.getSeverity() == Diagnostic.ERROR) {
			throw new IllegalStateException("generation (" + projectType + ") failed for " + genModel.eResource().getURI() + ": " + result);
		}
	}

	/** Compares a generated folder or file with the committed one; names each difference under {@code label}. */
	private static List<String> compare(String label, Path fresh, Path committed) throws IOException {
		Map<String, byte[]> expected = contents(fresh);
		Map<String, byte[]> actual = contents(committed);
		List<String> problems = new ArrayList<>();
		for (Map.Entry<String, byte[]> e : expected.entrySet()) {
			byte[] have = actual.get(e.getKey());
			String name = e.getKey().isEmpty() ? label : label + "/" + e.getKey();
			if (have == null) {
				problems.add(name + ": missing");
			} else if (!Arrays.equals(have, e.getValue())) {
				problems.add(name + ": differs");
			}
		}
		for (String name : actual.keySet()) {
			if (!expected.containsKey(name)) {
				problems.add((name.isEmpty() ? label : label + "/" + name) + ": not generated (hand-written code belongs in src/)");
			}
		}
		return problems;
	}

	private static Map<String, byte[]> contents(Path root) throws IOException {
		Map<String, byte[]> files = new TreeMap<>();
		if (Files.isRegularFile(root)) {
			files.put("", Files.readAllBytes(root));
			return files;
		}
		if (!Files.isDirectory(root)) {
			return files;
		}
		try (Stream<Path> walk = Files.walk(root)) {
			walk.filter(Files::isRegularFile).forEach(f -> {
				try {
					files.put(root.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		}
		return files;
	}

	private static void copyTree(Path from, Path to) throws IOException {
		if (Files.isRegularFile(from)) {
			Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
			return;
		}
		if (!Files.isDirectory(from)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(from)) {
			for (Path source : walk.toList()) {
				Path target = to.resolve(from.relativize(source).toString());
				if (Files.isDirectory(source)) {
					Files.createDirectories(target);
				} else {
					Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
	}

	private static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		Files.walkFileTree(root, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
				Files.delete(file);
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
				Files.delete(dir);
				return FileVisitResult.CONTINUE;
			}
		});
	}
}
