package org.policylens.rcp.internal;

import java.nio.file.Path;
import java.util.List;

import org.policylens.study.OpenStudy;
import org.policylens.study.StudyException;
import org.policylens.study.StudyStore;
import org.policylens.study.model.AttributeType;
import org.policylens.study.ui.IStudyService;

/**
 * The sample study that comes with the product: the founding case of PolicyLens, smart-city policy
 * in Beijing, Shanghai, Guangzhou and Shenzhen. It is created the first time it is opened.
 */
public final class SampleStudy {

	/** The folder name of the sample study inside the studies folder. */
	public static final String FOLDER = "Sample Study (smart-city policy)"; //$NON-NLS-1$

	static final String TITLE = "Smart-city policy in four Chinese cities (sample)";
	static final String DESCRIPTION = "How do Beijing, Shanghai, Guangzhou and Shenzhen use supply-, environment- and "
			+ "demand-side policy tools for the smart city? A sample study after the master's thesis PolicyLens was "
			+ "built for: PRISMA review, word frequency, co-word analysis and policy-tool coding of municipal policies.";

	private SampleStudy() {
	}

	/**
	 * @param studies the study service
	 * @return where the sample study lives
	 */
	public static Path location(IStudyService studies) {
		return studies.getStudiesFolder().resolve(FOLDER);
	}

	/**
	 * Opens the sample study, creating it first if it does not exist.
	 *
	 * @param studies the study service
	 * @return the open sample study
	 * @throws StudyException if it cannot be created or opened
	 */
	public static OpenStudy open(IStudyService studies) throws StudyException {
		Path folder = location(studies);
		if (StudyStore.isStudy(folder)) {
			return studies.open(folder);
		}
		OpenStudy study = studies.create(folder, TITLE, DESCRIPTION);
		define(study, "city", "City", AttributeType.CATEGORY, List.of("北京", "上海", "广州", "深圳")); //$NON-NLS-1$
		define(study, "issuer", "Issuing body", AttributeType.TEXT, List.of()); //$NON-NLS-1$
		define(study, "level", "Administrative level", AttributeType.CATEGORY, //$NON-NLS-1$
				List.of("national", "provincial", "municipal", "district")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		define(study, "year", "Year of issue", AttributeType.NUMBER, List.of()); //$NON-NLS-1$
		define(study, "type", "Document type", AttributeType.CATEGORY, //$NON-NLS-1$
				List.of("notice", "opinion", "plan", "measures", "regulation")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		study.record(studies.getActor(), "study.sample.created", //$NON-NLS-1$
				"Set up the sample study's case attributes: city, issuer, level, year, type", java.util.Map.of());
		studies.saveChanges();
		return study;
	}

	private static void define(OpenStudy study, String name, String label, AttributeType type, List<String> values) {
		study.defineAttribute(name, label, type).getValues().addAll(values);
	}
}
