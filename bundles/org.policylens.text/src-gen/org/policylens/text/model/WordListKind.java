/**
 * Copyright (c) 2026 PolicyLens contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 (https://www.eclipse.org/legal/epl-2.0).
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from model/text.genmodel: do not edit, regenerate (see BUILDING.md).
 */
package org.policylens.text.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Word List Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.policylens.text.model.TextPackage#getWordListKind()
 * @model
 * @generated
 */
public enum WordListKind implements Enumerator {
	/**
	 * The '<em><b>STOPWORDS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STOPWORDS_VALUE
	 * @generated
	 * @ordered
	 */
	STOPWORDS(0, "STOPWORDS", "stopwords"),

	/**
	 * The '<em><b>DICTIONARY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DICTIONARY_VALUE
	 * @generated
	 * @ordered
	 */
	DICTIONARY(1, "DICTIONARY", "dictionary"),

	/**
	 * The '<em><b>SYNONYMS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SYNONYMS_VALUE
	 * @generated
	 * @ordered
	 */
	SYNONYMS(2, "SYNONYMS", "synonyms");

	/**
	 * The '<em><b>STOPWORDS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STOPWORDS
	 * @model literal="stopwords"
	 * @generated
	 * @ordered
	 */
	public static final int STOPWORDS_VALUE = 0;

	/**
	 * The '<em><b>DICTIONARY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DICTIONARY
	 * @model literal="dictionary"
	 * @generated
	 * @ordered
	 */
	public static final int DICTIONARY_VALUE = 1;

	/**
	 * The '<em><b>SYNONYMS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SYNONYMS
	 * @model literal="synonyms"
	 * @generated
	 * @ordered
	 */
	public static final int SYNONYMS_VALUE = 2;

	/**
	 * An array of all the '<em><b>Word List Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final WordListKind[] VALUES_ARRAY =
		new WordListKind[] {
			STOPWORDS,
			DICTIONARY,
			SYNONYMS,
		};

	/**
	 * A public read-only list of all the '<em><b>Word List Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<WordListKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Word List Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static WordListKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			WordListKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Word List Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static WordListKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			WordListKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Word List Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static WordListKind get(int value) {
		switch (value) {
			case STOPWORDS_VALUE: return STOPWORDS;
			case DICTIONARY_VALUE: return DICTIONARY;
			case SYNONYMS_VALUE: return SYNONYMS;
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
	private WordListKind(int value, String name, String literal) {
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
	
} //WordListKind
