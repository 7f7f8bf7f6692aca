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
 */
public final class GenerateModels {

	private static final String SRC_GEN = "src-gen";

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
				+ (check ? ": src-gen is up to date" : ""));
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
	 * Generates into a scratch copy of the bundle (model/ only), then compares or copies src-gen.
	 */
	private static List<String> run(Path bundle, Path genmodelFile, boolean check) throws IOException {
		String project = bundle.getFileName().toString();
		Path scratch = Files.createTempDirectory("policylens-emfgen-");
		try {
			Path copy = scratch.resolve(project);
			copyTree(bundle.resolve("model"), copy.resolve("model"));
			generate(bundle.getParent(), project, copy, copy.resolve("model").resolve(genmodelFile.getFileName()));
			Path fresh = copy.resolve(SRC_GEN);
			Path committed = bundle.resolve(SRC_GEN);
			if (check) {
				return compare(project, fresh, committed);
			}
			deleteTree(committed);
			copyTree(fresh, committed);
			System.out.println("Generated " + bundle.relativize(committed) + " of " + project);
			return List.of();
		} finally {
			deleteTree(scratch);
		}
	}

	private static void generate(Path bundles, String project, Path projectDir, Path genmodelFile) throws IOException {
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
		GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
				GenModelGeneratorAdapterFactory.DESCRIPTOR);
		Generator generator = new Generator();
		generator.setInput(genModel);
		Diagnostic result = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
				new BasicMonitor());
		if (result.getSeverity() == Diagnostic.ERROR) {
			throw new IllegalStateException("generation failed for " + genmodelFile + ": " + result);
		}
	}

	private static List<String> compare(String project, Path fresh, Path committed) throws IOException {
		Map<String, byte[]> expected = contents(fresh);
		Map<String, byte[]> actual = contents(committed);
		List<String> problems = new ArrayList<>();
		for (Map.Entry<String, byte[]> e : expected.entrySet()) {
			byte[] have = actual.get(e.getKey());
			if (have == null) {
				problems.add(project + "/" + SRC_GEN + "/" + e.getKey() + ": missing");
			} else if (!Arrays.equals(have, e.getValue())) {
				problems.add(project + "/" + SRC_GEN + "/" + e.getKey() + ": differs");
			}
		}
		for (String name : actual.keySet()) {
			if (!expected.containsKey(name)) {
				problems.add(project + "/" + SRC_GEN + "/" + name + ": not generated (hand-written code belongs in src/)");
			}
		}
		return problems;
	}

	private static Map<String, byte[]> contents(Path root) throws IOException {
		Map<String, byte[]> files = new TreeMap<>();
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
