/**
 * Copyright (c) 2026 PolicyLens contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 (https://www.eclipse.org/legal/epl-2.0).
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from model/corpus.genmodel: do not edit, regenerate (see BUILDING.md).
 */
package org.policylens.corpus.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Document</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One policy document. Its text is kept, normalised to UTF-8 with LF line ends, in the study folder (textPath); the original file is copied unchanged (sourcePath).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.policylens.corpus.model.Document#getNumber <em>Number</em>}</li>
 *   <li>{@link org.policylens.corpus.model.Document#getTitle <em>Title</em>}</li>
 *   <li>{@link org.policylens.corpus.model.Document#getLanguage <em>Language</em>}</li>
 *   <li>{@link org.policylens.corpus.model.Document#getSourceName <em>Source Name</em>}</li>
 *   <li>{@link org.policylens.corpus.model.Document#getSourcePath <em>Source Path</em>}</li>
 *   <li>{@link org.policylens.corpus.model.Document#getTextPath <em>Text Path</em>}</li>
 *   <li>{@link org.policylens.corpus.model.Document#getSha256 <em>Sha256</em>}</li>
 *   <li>{@link org.policylens.corpus.model.Document#getFormat <em>Format</em>}</li>
 *   <li>{@link org.policylens.corpus.model.Document#getEncoding <em>Encoding</em>}</li>
 *   <li>{@link org.policylens.corpus.model.Document#getLength <em>Length</em>}</li>
 *   <li>{@link org.policylens.corpus.model.Document#getBodyStart <em>Body Start</em>}</li>
 *   <li>{@link org.policylens.corpus.model.Document#getSegmenter <em>Segmenter</em>}</li>
 *   <li>{@link org.policylens.corpus.model.Document#getImported <em>Imported</em>}</li>
 *   <li>{@link org.policylens.corpus.model.Document#getValues <em>Values</em>}</li>
 *   <li>{@link org.policylens.corpus.model.Document#getClauses <em>Clauses</em>}</li>
 * </ul>
 *
 * @see org.policylens.corpus.model.CorpusPackage#getDocument()
 * @model
 * @generated
 */
public interface Document extends EObject {
	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The policy number in the study (1, 2, ...): the first part of every clause id, e.g. 12 in 12-3-2. Never reused.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(int)
	 * @see org.policylens.corpus.model.CorpusPackage#getDocument_Number()
	 * @model required="true"
	 * @generated
	 */
	int getNumber();

	/**
	 * Sets the value of the '{@link org.policylens.corpus.model.Document#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(int value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.policylens.corpus.model.CorpusPackage#getDocument_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.policylens.corpus.model.Document#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * zh or en: detected at import, can be overridden; chooses the tokenizer.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Language</em>' attribute.
	 * @see #setLanguage(String)
	 * @see org.policylens.corpus.model.CorpusPackage#getDocument_Language()
	 * @model
	 * @generated
	 */
	String getLanguage();

	/**
	 * Sets the value of the '{@link org.policylens.corpus.model.Document#getLanguage <em>Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Language</em>' attribute.
	 * @see #getLanguage()
	 * @generated
	 */
	void setLanguage(String value);

	/**
	 * Returns the value of the '<em><b>Source Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source Name</em>' attribute.
	 * @see #setSourceName(String)
	 * @see org.policylens.corpus.model.CorpusPackage#getDocument_SourceName()
	 * @model
	 * @generated
	 */
	String getSourceName();

	/**
	 * Sets the value of the '{@link org.policylens.corpus.model.Document#getSourceName <em>Source Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Name</em>' attribute.
	 * @see #getSourceName()
	 * @generated
	 */
	void setSourceName(String value);

	/**
	 * Returns the value of the '<em><b>Source Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source Path</em>' attribute.
	 * @see #setSourcePath(String)
	 * @see org.policylens.corpus.model.CorpusPackage#getDocument_SourcePath()
	 * @model
	 * @generated
	 */
	String getSourcePath();

	/**
	 * Sets the value of the '{@link org.policylens.corpus.model.Document#getSourcePath <em>Source Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Path</em>' attribute.
	 * @see #getSourcePath()
	 * @generated
	 */
	void setSourcePath(String value);

	/**
	 * Returns the value of the '<em><b>Text Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text Path</em>' attribute.
	 * @see #setTextPath(String)
	 * @see org.policylens.corpus.model.CorpusPackage#getDocument_TextPath()
	 * @model
	 * @generated
	 */
	String getTextPath();

	/**
	 * Sets the value of the '{@link org.policylens.corpus.model.Document#getTextPath <em>Text Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text Path</em>' attribute.
	 * @see #getTextPath()
	 * @generated
	 */
	void setTextPath(String value);

	/**
	 * Returns the value of the '<em><b>Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Of the original file's bytes: the same file is not imported twice.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sha256</em>' attribute.
	 * @see #setSha256(String)
	 * @see org.policylens.corpus.model.CorpusPackage#getDocument_Sha256()
	 * @model
	 * @generated
	 */
	String getSha256();

	/**
	 * Sets the value of the '{@link org.policylens.corpus.model.Document#getSha256 <em>Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sha256</em>' attribute.
	 * @see #getSha256()
	 * @generated
	 */
	void setSha256(String value);

	/**
	 * Returns the value of the '<em><b>Format</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Format</em>' attribute.
	 * @see #setFormat(String)
	 * @see org.policylens.corpus.model.CorpusPackage#getDocument_Format()
	 * @model
	 * @generated
	 */
	String getFormat();

	/**
	 * Sets the value of the '{@link org.policylens.corpus.model.Document#getFormat <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format</em>' attribute.
	 * @see #getFormat()
	 * @generated
	 */
	void setFormat(String value);

	/**
	 * Returns the value of the '<em><b>Encoding</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Encoding</em>' attribute.
	 * @see #setEncoding(String)
	 * @see org.policylens.corpus.model.CorpusPackage#getDocument_Encoding()
	 * @model
	 * @generated
	 */
	String getEncoding();

	/**
	 * Sets the value of the '{@link org.policylens.corpus.model.Document#getEncoding <em>Encoding</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Encoding</em>' attribute.
	 * @see #getEncoding()
	 * @generated
	 */
	void setEncoding(String value);

	/**
	 * Returns the value of the '<em><b>Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Length</em>' attribute.
	 * @see #setLength(int)
	 * @see org.policylens.corpus.model.CorpusPackage#getDocument_Length()
	 * @model
	 * @generated
	 */
	int getLength();

	/**
	 * Sets the value of the '{@link org.policylens.corpus.model.Document#getLength <em>Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Length</em>' attribute.
	 * @see #getLength()
	 * @generated
	 */
	void setLength(int value);

	/**
	 * Returns the value of the '<em><b>Body Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the policy text starts: before it are the header lines (database header, notice, number, issuer, date), which are metadata, not clauses.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Body Start</em>' attribute.
	 * @see #setBodyStart(int)
	 * @see org.policylens.corpus.model.CorpusPackage#getDocument_BodyStart()
	 * @model
	 * @generated
	 */
	int getBodyStart();

	/**
	 * Sets the value of the '{@link org.policylens.corpus.model.Document#getBodyStart <em>Body Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Body Start</em>' attribute.
	 * @see #getBodyStart()
	 * @generated
	 */
	void setBodyStart(int value);

	/**
	 * Returns the value of the '<em><b>Segmenter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Segmenter</em>' attribute.
	 * @see #setSegmenter(String)
	 * @see org.policylens.corpus.model.CorpusPackage#getDocument_Segmenter()
	 * @model
	 * @generated
	 */
	String getSegmenter();

	/**
	 * Sets the value of the '{@link org.policylens.corpus.model.Document#getSegmenter <em>Segmenter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Segmenter</em>' attribute.
	 * @see #getSegmenter()
	 * @generated
	 */
	void setSegmenter(String value);

	/**
	 * Returns the value of the '<em><b>Imported</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Imported</em>' attribute.
	 * @see #setImported(Date)
	 * @see org.policylens.corpus.model.CorpusPackage#getDocument_Imported()
	 * @model
	 * @generated
	 */
	Date getImported();

	/**
	 * Sets the value of the '{@link org.policylens.corpus.model.Document#getImported <em>Imported</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Imported</em>' attribute.
	 * @see #getImported()
	 * @generated
	 */
	void setImported(Date value);

	/**
	 * Returns the value of the '<em><b>Values</b></em>' containment reference list.
	 * The list contents are of type {@link org.policylens.corpus.model.AttributeValue}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The document's case attributes (issuer, number, issued, effective, validity, city, province, level, type, ...), by the names of the study's attribute definitions.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Values</em>' containment reference list.
	 * @see org.policylens.corpus.model.CorpusPackage#getDocument_Values()
	 * @model containment="true"
	 * @generated
	 */
	EList<AttributeValue> getValues();

	/**
	 * Returns the value of the '<em><b>Clauses</b></em>' containment reference list.
	 * The list contents are of type {@link org.policylens.corpus.model.Clause}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Clauses</em>' containment reference list.
	 * @see org.policylens.corpus.model.CorpusPackage#getDocument_Clauses()
	 * @model containment="true"
	 * @generated
	 */
	EList<Clause> getClauses();

} // Document
