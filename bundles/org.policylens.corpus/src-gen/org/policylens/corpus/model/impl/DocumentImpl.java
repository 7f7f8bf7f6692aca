/**
 * Copyright (c) 2026 PolicyLens contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 (https://www.eclipse.org/legal/epl-2.0).
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from model/corpus.genmodel: do not edit, regenerate (see BUILDING.md).
 */
package org.policylens.corpus.model.impl;

import java.util.Collection;
import java.util.Date;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.policylens.corpus.model.AttributeValue;
import org.policylens.corpus.model.Clause;
import org.policylens.corpus.model.CorpusPackage;
import org.policylens.corpus.model.Document;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Document</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.policylens.corpus.model.impl.DocumentImpl#getNumber <em>Number</em>}</li>
 *   <li>{@link org.policylens.corpus.model.impl.DocumentImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.policylens.corpus.model.impl.DocumentImpl#getLanguage <em>Language</em>}</li>
 *   <li>{@link org.policylens.corpus.model.impl.DocumentImpl#getSourceName <em>Source Name</em>}</li>
 *   <li>{@link org.policylens.corpus.model.impl.DocumentImpl#getSourcePath <em>Source Path</em>}</li>
 *   <li>{@link org.policylens.corpus.model.impl.DocumentImpl#getTextPath <em>Text Path</em>}</li>
 *   <li>{@link org.policylens.corpus.model.impl.DocumentImpl#getSha256 <em>Sha256</em>}</li>
 *   <li>{@link org.policylens.corpus.model.impl.DocumentImpl#getFormat <em>Format</em>}</li>
 *   <li>{@link org.policylens.corpus.model.impl.DocumentImpl#getEncoding <em>Encoding</em>}</li>
 *   <li>{@link org.policylens.corpus.model.impl.DocumentImpl#getLength <em>Length</em>}</li>
 *   <li>{@link org.policylens.corpus.model.impl.DocumentImpl#getBodyStart <em>Body Start</em>}</li>
 *   <li>{@link org.policylens.corpus.model.impl.DocumentImpl#getSegmenter <em>Segmenter</em>}</li>
 *   <li>{@link org.policylens.corpus.model.impl.DocumentImpl#getImported <em>Imported</em>}</li>
 *   <li>{@link org.policylens.corpus.model.impl.DocumentImpl#getValues <em>Values</em>}</li>
 *   <li>{@link org.policylens.corpus.model.impl.DocumentImpl#getClauses <em>Clauses</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DocumentImpl extends MinimalEObjectImpl.Container implements Document {
	/**
	 * The default value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected static final int NUMBER_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected int number = NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLanguage() <em>Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLanguage()
	 * @generated
	 * @ordered
	 */
	protected static final String LANGUAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLanguage() <em>Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLanguage()
	 * @generated
	 * @ordered
	 */
	protected String language = LANGUAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSourceName() <em>Source Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceName()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSourceName() <em>Source Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceName()
	 * @generated
	 * @ordered
	 */
	protected String sourceName = SOURCE_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getSourcePath() <em>Source Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourcePath()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSourcePath() <em>Source Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourcePath()
	 * @generated
	 * @ordered
	 */
	protected String sourcePath = SOURCE_PATH_EDEFAULT;

	/**
	 * The default value of the '{@link #getTextPath() <em>Text Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTextPath()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTextPath() <em>Text Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTextPath()
	 * @generated
	 * @ordered
	 */
	protected String textPath = TEXT_PATH_EDEFAULT;

	/**
	 * The default value of the '{@link #getSha256() <em>Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSha256()
	 * @generated
	 * @ordered
	 */
	protected static final String SHA256_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSha256() <em>Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSha256()
	 * @generated
	 * @ordered
	 */
	protected String sha256 = SHA256_EDEFAULT;

	/**
	 * The default value of the '{@link #getFormat() <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormat()
	 * @generated
	 * @ordered
	 */
	protected static final String FORMAT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFormat() <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormat()
	 * @generated
	 * @ordered
	 */
	protected String format = FORMAT_EDEFAULT;

	/**
	 * The default value of the '{@link #getEncoding() <em>Encoding</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEncoding()
	 * @generated
	 * @ordered
	 */
	protected static final String ENCODING_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEncoding() <em>Encoding</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEncoding()
	 * @generated
	 * @ordered
	 */
	protected String encoding = ENCODING_EDEFAULT;

	/**
	 * The default value of the '{@link #getLength() <em>Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLength()
	 * @generated
	 * @ordered
	 */
	protected static final int LENGTH_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getLength() <em>Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLength()
	 * @generated
	 * @ordered
	 */
	protected int length = LENGTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getBodyStart() <em>Body Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBodyStart()
	 * @generated
	 * @ordered
	 */
	protected static final int BODY_START_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getBodyStart() <em>Body Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBodyStart()
	 * @generated
	 * @ordered
	 */
	protected int bodyStart = BODY_START_EDEFAULT;

	/**
	 * The default value of the '{@link #getSegmenter() <em>Segmenter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSegmenter()
	 * @generated
	 * @ordered
	 */
	protected static final String SEGMENTER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSegmenter() <em>Segmenter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSegmenter()
	 * @generated
	 * @ordered
	 */
	protected String segmenter = SEGMENTER_EDEFAULT;

	/**
	 * The default value of the '{@link #getImported() <em>Imported</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImported()
	 * @generated
	 * @ordered
	 */
	protected static final Date IMPORTED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getImported() <em>Imported</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImported()
	 * @generated
	 * @ordered
	 */
	protected Date imported = IMPORTED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getValues() <em>Values</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValues()
	 * @generated
	 * @ordered
	 */
	protected EList<AttributeValue> values;

	/**
	 * The cached value of the '{@link #getClauses() <em>Clauses</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClauses()
	 * @generated
	 * @ordered
	 */
	protected EList<Clause> clauses;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DocumentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CorpusPackage.Literals.DOCUMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getNumber() {
		return number;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNumber(int newNumber) {
		int oldNumber = number;
		number = newNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.DOCUMENT__NUMBER, oldNumber, number));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.DOCUMENT__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLanguage() {
		return language;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLanguage(String newLanguage) {
		String oldLanguage = language;
		language = newLanguage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.DOCUMENT__LANGUAGE, oldLanguage, language));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSourceName() {
		return sourceName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourceName(String newSourceName) {
		String oldSourceName = sourceName;
		sourceName = newSourceName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.DOCUMENT__SOURCE_NAME, oldSourceName, sourceName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSourcePath() {
		return sourcePath;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourcePath(String newSourcePath) {
		String oldSourcePath = sourcePath;
		sourcePath = newSourcePath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.DOCUMENT__SOURCE_PATH, oldSourcePath, sourcePath));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTextPath() {
		return textPath;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTextPath(String newTextPath) {
		String oldTextPath = textPath;
		textPath = newTextPath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.DOCUMENT__TEXT_PATH, oldTextPath, textPath));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSha256() {
		return sha256;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSha256(String newSha256) {
		String oldSha256 = sha256;
		sha256 = newSha256;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.DOCUMENT__SHA256, oldSha256, sha256));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFormat() {
		return format;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFormat(String newFormat) {
		String oldFormat = format;
		format = newFormat;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.DOCUMENT__FORMAT, oldFormat, format));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEncoding() {
		return encoding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEncoding(String newEncoding) {
		String oldEncoding = encoding;
		encoding = newEncoding;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.DOCUMENT__ENCODING, oldEncoding, encoding));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLength() {
		return length;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLength(int newLength) {
		int oldLength = length;
		length = newLength;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.DOCUMENT__LENGTH, oldLength, length));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getBodyStart() {
		return bodyStart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBodyStart(int newBodyStart) {
		int oldBodyStart = bodyStart;
		bodyStart = newBodyStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.DOCUMENT__BODY_START, oldBodyStart, bodyStart));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSegmenter() {
		return segmenter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSegmenter(String newSegmenter) {
		String oldSegmenter = segmenter;
		segmenter = newSegmenter;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.DOCUMENT__SEGMENTER, oldSegmenter, segmenter));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getImported() {
		return imported;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setImported(Date newImported) {
		Date oldImported = imported;
		imported = newImported;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.DOCUMENT__IMPORTED, oldImported, imported));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AttributeValue> getValues() {
		if (values == null) {
			values = new EObjectContainmentEList<AttributeValue>(AttributeValue.class, this, CorpusPackage.DOCUMENT__VALUES);
		}
		return values;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Clause> getClauses() {
		if (clauses == null) {
			clauses = new EObjectContainmentEList<Clause>(Clause.class, this, CorpusPackage.DOCUMENT__CLAUSES);
		}
		return clauses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CorpusPackage.DOCUMENT__VALUES:
				return ((InternalEList<?>)getValues()).basicRemove(otherEnd, msgs);
			case CorpusPackage.DOCUMENT__CLAUSES:
				return ((InternalEList<?>)getClauses()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CorpusPackage.DOCUMENT__NUMBER:
				return getNumber();
			case CorpusPackage.DOCUMENT__TITLE:
				return getTitle();
			case CorpusPackage.DOCUMENT__LANGUAGE:
				return getLanguage();
			case CorpusPackage.DOCUMENT__SOURCE_NAME:
				return getSourceName();
			case CorpusPackage.DOCUMENT__SOURCE_PATH:
				return getSourcePath();
			case CorpusPackage.DOCUMENT__TEXT_PATH:
				return getTextPath();
			case CorpusPackage.DOCUMENT__SHA256:
				return getSha256();
			case CorpusPackage.DOCUMENT__FORMAT:
				return getFormat();
			case CorpusPackage.DOCUMENT__ENCODING:
				return getEncoding();
			case CorpusPackage.DOCUMENT__LENGTH:
				return getLength();
			case CorpusPackage.DOCUMENT__BODY_START:
				return getBodyStart();
			case CorpusPackage.DOCUMENT__SEGMENTER:
				return getSegmenter();
			case CorpusPackage.DOCUMENT__IMPORTED:
				return getImported();
			case CorpusPackage.DOCUMENT__VALUES:
				return getValues();
			case CorpusPackage.DOCUMENT__CLAUSES:
				return getClauses();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CorpusPackage.DOCUMENT__NUMBER:
				setNumber((Integer)newValue);
				return;
			case CorpusPackage.DOCUMENT__TITLE:
				setTitle((String)newValue);
				return;
			case CorpusPackage.DOCUMENT__LANGUAGE:
				setLanguage((String)newValue);
				return;
			case CorpusPackage.DOCUMENT__SOURCE_NAME:
				setSourceName((String)newValue);
				return;
			case CorpusPackage.DOCUMENT__SOURCE_PATH:
				setSourcePath((String)newValue);
				return;
			case CorpusPackage.DOCUMENT__TEXT_PATH:
				setTextPath((String)newValue);
				return;
			case CorpusPackage.DOCUMENT__SHA256:
				setSha256((String)newValue);
				return;
			case CorpusPackage.DOCUMENT__FORMAT:
				setFormat((String)newValue);
				return;
			case CorpusPackage.DOCUMENT__ENCODING:
				setEncoding((String)newValue);
				return;
			case CorpusPackage.DOCUMENT__LENGTH:
				setLength((Integer)newValue);
				return;
			case CorpusPackage.DOCUMENT__BODY_START:
				setBodyStart((Integer)newValue);
				return;
			case CorpusPackage.DOCUMENT__SEGMENTER:
				setSegmenter((String)newValue);
				return;
			case CorpusPackage.DOCUMENT__IMPORTED:
				setImported((Date)newValue);
				return;
			case CorpusPackage.DOCUMENT__VALUES:
				getValues().clear();
				getValues().addAll((Collection<? extends AttributeValue>)newValue);
				return;
			case CorpusPackage.DOCUMENT__CLAUSES:
				getClauses().clear();
				getClauses().addAll((Collection<? extends Clause>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case CorpusPackage.DOCUMENT__NUMBER:
				setNumber(NUMBER_EDEFAULT);
				return;
			case CorpusPackage.DOCUMENT__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case CorpusPackage.DOCUMENT__LANGUAGE:
				setLanguage(LANGUAGE_EDEFAULT);
				return;
			case CorpusPackage.DOCUMENT__SOURCE_NAME:
				setSourceName(SOURCE_NAME_EDEFAULT);
				return;
			case CorpusPackage.DOCUMENT__SOURCE_PATH:
				setSourcePath(SOURCE_PATH_EDEFAULT);
				return;
			case CorpusPackage.DOCUMENT__TEXT_PATH:
				setTextPath(TEXT_PATH_EDEFAULT);
				return;
			case CorpusPackage.DOCUMENT__SHA256:
				setSha256(SHA256_EDEFAULT);
				return;
			case CorpusPackage.DOCUMENT__FORMAT:
				setFormat(FORMAT_EDEFAULT);
				return;
			case CorpusPackage.DOCUMENT__ENCODING:
				setEncoding(ENCODING_EDEFAULT);
				return;
			case CorpusPackage.DOCUMENT__LENGTH:
				setLength(LENGTH_EDEFAULT);
				return;
			case CorpusPackage.DOCUMENT__BODY_START:
				setBodyStart(BODY_START_EDEFAULT);
				return;
			case CorpusPackage.DOCUMENT__SEGMENTER:
				setSegmenter(SEGMENTER_EDEFAULT);
				return;
			case CorpusPackage.DOCUMENT__IMPORTED:
				setImported(IMPORTED_EDEFAULT);
				return;
			case CorpusPackage.DOCUMENT__VALUES:
				getValues().clear();
				return;
			case CorpusPackage.DOCUMENT__CLAUSES:
				getClauses().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case CorpusPackage.DOCUMENT__NUMBER:
				return number != NUMBER_EDEFAULT;
			case CorpusPackage.DOCUMENT__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case CorpusPackage.DOCUMENT__LANGUAGE:
				return LANGUAGE_EDEFAULT == null ? language != null : !LANGUAGE_EDEFAULT.equals(language);
			case CorpusPackage.DOCUMENT__SOURCE_NAME:
				return SOURCE_NAME_EDEFAULT == null ? sourceName != null : !SOURCE_NAME_EDEFAULT.equals(sourceName);
			case CorpusPackage.DOCUMENT__SOURCE_PATH:
				return SOURCE_PATH_EDEFAULT == null ? sourcePath != null : !SOURCE_PATH_EDEFAULT.equals(sourcePath);
			case CorpusPackage.DOCUMENT__TEXT_PATH:
				return TEXT_PATH_EDEFAULT == null ? textPath != null : !TEXT_PATH_EDEFAULT.equals(textPath);
			case CorpusPackage.DOCUMENT__SHA256:
				return SHA256_EDEFAULT == null ? sha256 != null : !SHA256_EDEFAULT.equals(sha256);
			case CorpusPackage.DOCUMENT__FORMAT:
				return FORMAT_EDEFAULT == null ? format != null : !FORMAT_EDEFAULT.equals(format);
			case CorpusPackage.DOCUMENT__ENCODING:
				return ENCODING_EDEFAULT == null ? encoding != null : !ENCODING_EDEFAULT.equals(encoding);
			case CorpusPackage.DOCUMENT__LENGTH:
				return length != LENGTH_EDEFAULT;
			case CorpusPackage.DOCUMENT__BODY_START:
				return bodyStart != BODY_START_EDEFAULT;
			case CorpusPackage.DOCUMENT__SEGMENTER:
				return SEGMENTER_EDEFAULT == null ? segmenter != null : !SEGMENTER_EDEFAULT.equals(segmenter);
			case CorpusPackage.DOCUMENT__IMPORTED:
				return IMPORTED_EDEFAULT == null ? imported != null : !IMPORTED_EDEFAULT.equals(imported);
			case CorpusPackage.DOCUMENT__VALUES:
				return values != null && !values.isEmpty();
			case CorpusPackage.DOCUMENT__CLAUSES:
				return clauses != null && !clauses.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (number: ");
		result.append(number);
		result.append(", title: ");
		result.append(title);
		result.append(", language: ");
		result.append(language);
		result.append(", sourceName: ");
		result.append(sourceName);
		result.append(", sourcePath: ");
		result.append(sourcePath);
		result.append(", textPath: ");
		result.append(textPath);
		result.append(", sha256: ");
		result.append(sha256);
		result.append(", format: ");
		result.append(format);
		result.append(", encoding: ");
		result.append(encoding);
		result.append(", length: ");
		result.append(length);
		result.append(", bodyStart: ");
		result.append(bodyStart);
		result.append(", segmenter: ");
		result.append(segmenter);
		result.append(", imported: ");
		result.append(imported);
		result.append(')');
		return result.toString();
	}

} //DocumentImpl
