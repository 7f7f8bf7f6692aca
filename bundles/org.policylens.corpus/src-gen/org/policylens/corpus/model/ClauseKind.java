/**
 * Copyright (c) 2026 PolicyLens contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 (https://www.eclipse.org/legal/epl-2.0).
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from model/corpus.genmodel: do not edit, regenerate (see BUILDING.md).
 */
package org.policylens.corpus.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Clause Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.policylens.corpus.model.CorpusPackage#getClauseKind()
 * @model
 * @generated
 */
public enum ClauseKind implements Enumerator {
	/**
	 * The '<em><b>PART</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PART_VALUE
	 * @generated
	 * @ordered
	 */
	PART(0, "PART", "part"),

	/**
	 * The '<em><b>CHAPTER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHAPTER_VALUE
	 * @generated
	 * @ordered
	 */
	CHAPTER(1, "CHAPTER", "chapter"),

	/**
	 * The '<em><b>SECTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SECTION_VALUE
	 * @generated
	 * @ordered
	 */
	SECTION(2, "SECTION", "section"),

	/**
	 * The '<em><b>ARTICLE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ARTICLE_VALUE
	 * @generated
	 * @ordered
	 */
	ARTICLE(3, "ARTICLE", "article"),

	/**
	 * The '<em><b>ITEM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ITEM_VALUE
	 * @generated
	 * @ordered
	 */
	ITEM(4, "ITEM", "item"),

	/**
	 * The '<em><b>SUBITEM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUBITEM_VALUE
	 * @generated
	 * @ordered
	 */
	SUBITEM(5, "SUBITEM", "subitem"),

	/**
	 * The '<em><b>POINT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POINT_VALUE
	 * @generated
	 * @ordered
	 */
	POINT(6, "POINT", "point"),

	/**
	 * The '<em><b>SUBPOINT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUBPOINT_VALUE
	 * @generated
	 * @ordered
	 */
	SUBPOINT(7, "SUBPOINT", "subpoint"),

	/**
	 * The '<em><b>ENUMERATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENUMERATION_VALUE
	 * @generated
	 * @ordered
	 */
	ENUMERATION(8, "ENUMERATION", "enumeration"),

	/**
	 * The '<em><b>PARAGRAPH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARAGRAPH_VALUE
	 * @generated
	 * @ordered
	 */
	PARAGRAPH(9, "PARAGRAPH", "paragraph");

	/**
	 * The '<em><b>PART</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PART
	 * @model literal="part"
	 * @generated
	 * @ordered
	 */
	public static final int PART_VALUE = 0;

	/**
	 * The '<em><b>CHAPTER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHAPTER
	 * @model literal="chapter"
	 * @generated
	 * @ordered
	 */
	public static final int CHAPTER_VALUE = 1;

	/**
	 * The '<em><b>SECTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SECTION
	 * @model literal="section"
	 * @generated
	 * @ordered
	 */
	public static final int SECTION_VALUE = 2;

	/**
	 * The '<em><b>ARTICLE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ARTICLE
	 * @model literal="article"
	 * @generated
	 * @ordered
	 */
	public static final int ARTICLE_VALUE = 3;

	/**
	 * The '<em><b>ITEM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ITEM
	 * @model literal="item"
	 * @generated
	 * @ordered
	 */
	public static final int ITEM_VALUE = 4;

	/**
	 * The '<em><b>SUBITEM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUBITEM
	 * @model literal="subitem"
	 * @generated
	 * @ordered
	 */
	public static final int SUBITEM_VALUE = 5;

	/**
	 * The '<em><b>POINT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POINT
	 * @model literal="point"
	 * @generated
	 * @ordered
	 */
	public static final int POINT_VALUE = 6;

	/**
	 * The '<em><b>SUBPOINT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUBPOINT
	 * @model literal="subpoint"
	 * @generated
	 * @ordered
	 */
	public static final int SUBPOINT_VALUE = 7;

	/**
	 * The '<em><b>ENUMERATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENUMERATION
	 * @model literal="enumeration"
	 * @generated
	 * @ordered
	 */
	public static final int ENUMERATION_VALUE = 8;

	/**
	 * The '<em><b>PARAGRAPH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARAGRAPH
	 * @model literal="paragraph"
	 * @generated
	 * @ordered
	 */
	public static final int PARAGRAPH_VALUE = 9;

	/**
	 * An array of all the '<em><b>Clause Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ClauseKind[] VALUES_ARRAY =
		new ClauseKind[] {
			PART,
			CHAPTER,
			SECTION,
			ARTICLE,
			ITEM,
			SUBITEM,
			POINT,
			SUBPOINT,
			ENUMERATION,
			PARAGRAPH,
		};

	/**
	 * A public read-only list of all the '<em><b>Clause Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ClauseKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Clause Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ClauseKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ClauseKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Clause Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ClauseKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ClauseKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Clause Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ClauseKind get(int value) {
		switch (value) {
			case PART_VALUE: return PART;
			case CHAPTER_VALUE: return CHAPTER;
			case SECTION_VALUE: return SECTION;
			case ARTICLE_VALUE: return ARTICLE;
			case ITEM_VALUE: return ITEM;
			case SUBITEM_VALUE: return SUBITEM;
			case POINT_VALUE: return POINT;
			case SUBPOINT_VALUE: return SUBPOINT;
			case ENUMERATION_VALUE: return ENUMERATION;
			case PARAGRAPH_VALUE: return PARAGRAPH;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private ClauseKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //ClauseKind
