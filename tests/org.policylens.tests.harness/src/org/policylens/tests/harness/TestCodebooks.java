package org.policylens.tests.harness;

import java.util.List;
import java.util.UUID;

import org.policylens.codebook.model.Code;
import org.policylens.codebook.model.Codebook;
import org.policylens.codebook.model.CodebookFactory;
import org.policylens.codebook.model.Codebooks;
import org.policylens.study.OpenStudy;

/**
 * Small codebooks for tests, built with the codebook model and added to a study (the contributed
 * codebooks come from their own plugins): a policy-tool tree in the shape of Rothwell and
 * Zegveld's supply / environment / demand tools with Chinese keywords, and a flat codebook of
 * application domains.
 */
public final class TestCodebooks {

	/** The id of {@link #policyTools}. */
	public static final String POLICY_TOOLS = "policy-tools"; //$NON-NLS-1$
	/** The id of {@link #domains}. */
	public static final String DOMAINS = "domains"; //$NON-NLS-1$

	private TestCodebooks() {
	}

	/**
	 * Adds the policy-tool codebook: three categories (not codable), each with its tools.
	 * <pre>
	 * Supply-based tools       Talent (人才, 培训), Information support (数据共享, 信息化),
	 *                          Infrastructure (基础设施, 网络), Technical support (技术, 研发)
	 * Environment-based tools  Target planning (规划, 目标), Financial support (资金, 财政),
	 *                          Regulatory control (监管, 考核)
	 * Demand-based tools       Government procurement (政府采购, 购买服务), Demonstration projects (示范, 试点)
	 * </pre>
	 *
	 * @param study a study
	 * @return the codebook, in the study's codebooks
	 */
	public static Codebook policyTools(OpenStudy study) {
		Codebook book = codebook(POLICY_TOOLS, "Policy tools"); //$NON-NLS-1$
		book.getCodes().add(category("Supply-based tools", "#1F77B4", //$NON-NLS-1$ //$NON-NLS-2$
				code("Talent", "人才", "培训"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				code("Information support", "数据共享", "信息化"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				code("Infrastructure", "基础设施", "网络"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				code("Technical support", "技术", "研发"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		book.getCodes().add(category("Environment-based tools", "#FF7F0E", //$NON-NLS-1$ //$NON-NLS-2$
				code("Target planning", "规划", "目标"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				code("Financial support", "资金", "财政"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				code("Regulatory control", "监管", "考核"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		book.getCodes().add(category("Demand-based tools", "#2CA02C", //$NON-NLS-1$ //$NON-NLS-2$
				code("Government procurement", "政府采购", "购买服务"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				code("Demonstration projects", "示范", "试点"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		add(study, book);
		return book;
	}

	/**
	 * Adds a flat codebook of application domains: Economy (金融, 产业), Transportation (交通),
	 * Security (安全), Government (政务).
	 *
	 * @param study a study
	 * @return the codebook, in the study's codebooks
	 */
	public static Codebook domains(OpenStudy study) {
		Codebook book = codebook(DOMAINS, "Application domains"); //$NON-NLS-1$
		book.getCodes().addAll(List.of(code("Economy", "金融", "产业"), code("Transportation", "交通"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				code("Security", "安全"), code("Government", "政务"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		add(study, book);
		return book;
	}

	/**
	 * @param name     the code's name
	 * @param keywords its keyword dictionary
	 * @return a codable code with a new GUID
	 */
	public static Code code(String name, String... keywords) {
		Code code = CodebookFactory.eINSTANCE.createCode();
		code.setGuid(UUID.randomUUID().toString());
		code.setName(name);
		code.getKeywords().addAll(List.of(keywords));
		return code;
	}

	private static Code category(String name, String colour, Code... codes) {
		Code category = code(name);
		category.setCodable(false);
		category.setColour(colour);
		category.getChildren().addAll(List.of(codes));
		return category;
	}

	private static Codebook codebook(String id, String name) {
		Codebook book = CodebookFactory.eINSTANCE.createCodebook();
		book.setId(id);
		book.setName(name);
		book.setLanguage("zh"); //$NON-NLS-1$
		return book;
	}

	private static void add(OpenStudy study, Codebook book) {
		study.getPart(Codebooks.class, CodebookFactory.eINSTANCE::createCodebooks).getCodebooks().add(book);
	}
}
