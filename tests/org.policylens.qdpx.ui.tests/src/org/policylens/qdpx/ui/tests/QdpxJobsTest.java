package org.policylens.qdpx.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.eclipse.core.commands.Command;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.codebook.CodeTree;
import org.policylens.codebook.CodebookPlugins;
import org.policylens.codebook.Codebooks;
import org.policylens.codebook.model.Codebook;
import org.policylens.coding.CodingFilter;
import org.policylens.coding.StudyCodings;
import org.policylens.coding.model.Coding;
import org.policylens.common.progress.ProgressTasks;
import org.policylens.corpus.Corpora;
import org.policylens.corpus.model.Clause;
import org.policylens.corpus.model.Document;
import org.policylens.qdpx.QdpxReport;
import org.policylens.qdpx.ui.QdpxJobs;
import org.policylens.study.OpenStudy;
import org.policylens.study.ui.IStudyService;
import org.policylens.tests.harness.Fixtures;

/**
 * File → Export REFI-QDA Project… and File → Import REFI-QDA Project… in the running product: the
 * sample policies coded with the policy-tool codebook go out as a .qdpx and come back as a new,
 * opened study with every coding; a refused archive leaves no study behind.
 */
public class QdpxJobsTest {

	@TempDir
	Path tmp;

	private IStudyService studies;
	private Shell shell;

	private static void processEvents() throws InterruptedException {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// let async updates run
		}
		Job.getJobManager().join(ProgressTasks.FAMILY, null);
		while (display.readAndDispatch()) {
			// and what the jobs scheduled
		}
	}

	private void closeReports() {
		Arrays.stream(Display.getCurrent().getShells())
				.filter(s -> QdpxJobs.EXPORT_REPORT.equals(s.getText()) || QdpxJobs.IMPORT_REPORT.equals(s.getText()))
				.forEach(Shell::close);
	}

	@BeforeEach
	void product() throws Exception {
		processEvents();
		studies = PlatformUI.getWorkbench().getService(IStudyService.class);
		shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
	}

	@Test
	void theCommandsAreInTheProduct() {
		ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
		for (String id : List.of("org.policylens.qdpx.ui.import", "org.policylens.qdpx.ui.export")) {
			Command command = commands.getCommand(id);
			assertTrue(command.isDefined(), id);
			assertTrue(command.isHandled(), id + " has a handler");
		}
	}

	@Test
	void aCodedStudyGoesOutAndComesBackAsANewOpenStudyWithEveryCoding() throws Exception {
		Fixtures.sampleStudy(tmp.resolve("study"));
		OpenStudy study = studies.open(tmp.resolve("study"));
		CodebookPlugins plugins = new CodebookPlugins(Platform.getExtensionRegistry(), null);
		plugins.start();
		Codebook tools;
		try {
			tools = new Codebooks(study, studies.getActor()).copy(plugins.get("policy-tools"), null);
		} finally {
			plugins.stop();
		}
		StudyCodings codings = StudyCodings.of(study);
		Document beijing = Corpora.documents(study).stream().filter(d -> d.getTitle().startsWith("关于推进北京市")).findFirst()
				.orElseThrow();
		List<Clause> clauses = Corpora.allClauses(beijing);
		codings.codeSpan(CodeTree.find(tools, "Supply-based tools/Information support"), beijing.getNumber(), clauses.get(2).getStart(),
				clauses.get(2).getEnd(), "wang", "数据专区 as information supply");
		codings.codeSpan(CodeTree.find(tools, "Environment-based tools/Target planning"), beijing.getNumber(), clauses.get(3).getStart(),
				clauses.get(3).getEnd(), "wang", null);
		codings.codeSpan(CodeTree.find(tools, "Environment-based tools/Target planning"), beijing.getNumber(), clauses.get(3).getStart(),
				clauses.get(3).getEnd(), "li", null);
		studies.saveChanges();
		List<String> before = describe(StudyCodings.of(study).find(CodingFilter.ALL));
		assertEquals(3, before.size());

		Path file = tmp.resolve("out/sample.qdpx");
		Files.createDirectories(file.getParent());
		List<QdpxReport> exported = new ArrayList<>();
		QdpxJobs.exportStudy(shell, studies, file, exported::add);
		processEvents();
		assertEquals(1, exported.size(), "the export finished");
		assertTrue(Files.size(file) > 0);
		assertEquals(3, exported.get(0).count("codings"), exported.get(0).lines().toString());
		closeReports();

		Path folder = QdpxJobs.newStudyFolder(studies, file);
		assertEquals("sample", folder.getFileName().toString());
		List<QdpxReport> imported = new ArrayList<>();
		QdpxJobs.importProject(shell, studies, file, folder, imported::add);
		processEvents();
		assertEquals(1, imported.size(), "the import finished");
		closeReports();

		OpenStudy copy = studies.getCurrent();
		assertNotNull(copy);
		assertEquals(folder, copy.getDirectory(), "the new study is opened");
		assertEquals(5, Corpora.documents(copy).size());
		assertEquals(List.of("policy-tools"), new Codebooks(copy, "test").list().stream().map(Codebook::getId).toList());
		assertEquals(before, describe(StudyCodings.of(copy).find(CodingFilter.ALL)), "every coding came back");
	}

	@Test
	void aRefusedArchiveLeavesNoStudyBehind() throws Exception {
		Path file = tmp.resolve("broken.qdpx");
		Files.writeString(file, "not a zip archive");
		OpenStudy current = studies.getCurrent();
		Path folder = QdpxJobs.newStudyFolder(studies, file);
		List<QdpxReport> imported = new ArrayList<>();
		Job job = QdpxJobs.importProject(shell, studies, file, folder, imported::add);
		processEvents();
		assertTrue(imported.isEmpty());
		assertFalse(job.getResult().isOK());
		assertTrue(job.getResult().getMessage().contains("broken.qdpx"), job.getResult().getMessage());
		assertFalse(Files.exists(folder), "no study folder is left");
		assertTrue(Objects.equals(current, studies.getCurrent()), "the open study stays open");
	}

	private static List<String> describe(List<Coding> codings) {
		return codings.stream().map(c -> c.getCode().getGuid() + " " + c.getDocument() + " " + c.getStart() + "-" + c.getEnd()
				+ " " + c.getCoder() + " " + c.getMemo()).sorted().toList();
	}
}
