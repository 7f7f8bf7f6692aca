package org.policylens.corpus.metadata;

import java.util.List;

/**
 * The names of the case attributes the corpus fills in from documents. They are ordinary case
 * attributes of the study: every table can be broken down by them, and the user can correct them.
 */
public final class Keys {

	/** The issuing body, e.g. 北京市经济和信息化局. */
	public static final String ISSUER = "issuer"; //$NON-NLS-1$
	/** The document number, e.g. 京经信发〔2022〕87号. */
	public static final String NUMBER = "number"; //$NON-NLS-1$
	/** The date of issue, yyyy-mm-dd. */
	public static final String ISSUED = "issued"; //$NON-NLS-1$
	/** The date it takes effect, yyyy-mm-dd. */
	public static final String EFFECTIVE = "effective"; //$NON-NLS-1$
	/** Whether it is in force (现行有效) or until when. */
	public static final String VALIDITY = "validity"; //$NON-NLS-1$
	/** The city (北京, 包头, 阿坝州), for municipal and district documents and the four municipalities. */
	public static final String CITY = "city"; //$NON-NLS-1$
	/** The province-level division (广东, 北京). */
	public static final String PROVINCE = "province"; //$NON-NLS-1$
	/** national, provincial, municipal or district. */
	public static final String LEVEL = "level"; //$NON-NLS-1$
	/** notice, opinion, plan, measures, regulation, decision, rules, guideline, standard. */
	public static final String TYPE = "type"; //$NON-NLS-1$
	/** The year of issue. */
	public static final String YEAR = "year"; //$NON-NLS-1$

	/** All of them, in the order tables show them. */
	public static final List<String> ALL = List.of(CITY, PROVINCE, LEVEL, ISSUER, NUMBER, ISSUED, YEAR, EFFECTIVE,
			VALIDITY, TYPE);

	private Keys() {
	}
}
