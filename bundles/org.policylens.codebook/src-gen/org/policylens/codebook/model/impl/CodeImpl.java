/**
 * Copyright (c) 2026 PolicyLens contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 (https://www.eclipse.org/legal/epl-2.0).
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from model/codebook.genmodel: do not edit, regenerate (see BUILDING.md).
 */
package org.policylens.codebook.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;
import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.policylens.codebook.model.Code;
import org.policylens.codebook.model.CodebookPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Code</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.policylens.codebook.model.impl.CodeImpl#getGuid <em>Guid</em>}</li>
 *   <li>{@link org.policylens.codebook.model.impl.CodeImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.policylens.codebook.model.impl.CodeImpl#getColour <em>Colour</em>}</li>
 *   <li>{@link org.policylens.codebook.model.impl.CodeImpl#isCodable <em>Codable</em>}</li>
 *   <li>{@link org.policylens.codebook.model.impl.CodeImpl#getDefinition <em>Definition</em>}</li>
 *   <li>{@link org.policylens.codebook.model.impl.CodeImpl#getInclusion <em>Inclusion</em>}</li>
 *   <li>{@link org.policylens.codebook.model.impl.CodeImpl#getExclusion <em>Exclusion</em>}</li>
 *   <li>{@link org.policylens.codebook.model.impl.CodeImpl#getExamples <em>Examples</em>}</li>
 *   <li>{@link org.policylens.codebook.model.impl.CodeImpl#getKeywords <em>Keywords</em>}</li>
 *   <li>{@link org.policylens.codebook.model.impl.CodeImpl#getChildren <em>Children</em>}</li>
 *   <li>{@link org.policylens.codebook.model.impl.CodeImpl#getParent <em>Parent</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CodeImpl extends MinimalEObjectImpl.Container implements Code {
	/**
	 * The default value of the '{@link #getGuid() <em>Guid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGuid()
	 * @generated
	 * @ordered
	 */
	protected static final String GUID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGuid() <em>Guid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGuid()
	 * @generated
	 * @ordered
	 */
	protected String guid = GUID_EDEFAULT;

	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getColour() <em>Colour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColour()
	 * @generated
	 * @ordered
	 */
	protected static final String COLOUR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getColour() <em>Colour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColour()
	 * @generated
	 * @ordered
	 */
	protected String colour = COLOUR_EDEFAULT;

	/**
	 * The default value of the '{@link #isCodable() <em>Codable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCodable()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CODABLE_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isCodable() <em>Codable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCodable()
	 * @generated
	 * @ordered
	 */
	protected boolean codable = CODABLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDefinition() <em>Definition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefinition()
	 * @generated
	 * @ordered
	 */
	protected static final String DEFINITION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDefinition() <em>Definition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefinition()
	 * @generated
	 * @ordered
	 */
	protected String definition = DEFINITION_EDEFAULT;

	/**
	 * The default value of the '{@link #getInclusion() <em>Inclusion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInclusion()
	 * @generated
	 * @ordered
	 */
	protected static final String INCLUSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInclusion() <em>Inclusion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInclusion()
	 * @generated
	 * @ordered
	 */
	protected String inclusion = INCLUSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getExclusion() <em>Exclusion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExclusion()
	 * @generated
	 * @ordered
	 */
	protected static final String EXCLUSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExclusion() <em>Exclusion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExclusion()
	 * @generated
	 * @ordered
	 */
	protected String exclusion = EXCLUSION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getExamples() <em>Examples</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExamples()
	 * @generated
	 * @ordered
	 */
	protected EList<String> examples;

	/**
	 * The cached value of the '{@link #getKeywords() <em>Keywords</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKeywords()
	 * @generated
	 * @ordered
	 */
	protected EList<String> keywords;

	/**
	 * The cached value of the '{@link #getChildren() <em>Children</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChildren()
	 * @generated
	 * @ordered
	 */
	protected EList<Code> children;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CodeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CodebookPackage.Literals.CODE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGuid() {
		return guid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGuid(String newGuid) {
		String oldGuid = guid;
		guid = newGuid;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CodebookPackage.CODE__GUID, oldGuid, guid));
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
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CodebookPackage.CODE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getColour() {
		return colour;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setColour(String newColour) {
		String oldColour = colour;
		colour = newColour;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CodebookPackage.CODE__COLOUR, oldColour, colour));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCodable() {
		return codable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCodable(boolean newCodable) {
		boolean oldCodable = codable;
		codable = newCodable;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CodebookPackage.CODE__CODABLE, oldCodable, codable));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDefinition() {
		return definition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDefinition(String newDefinition) {
		String oldDefinition = definition;
		definition = newDefinition;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CodebookPackage.CODE__DEFINITION, oldDefinition, definition));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInclusion() {
		return inclusion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInclusion(String newInclusion) {
		String oldInclusion = inclusion;
		inclusion = newInclusion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CodebookPackage.CODE__INCLUSION, oldInclusion, inclusion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getExclusion() {
		return exclusion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExclusion(String newExclusion) {
		String oldExclusion = exclusion;
		exclusion = newExclusion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CodebookPackage.CODE__EXCLUSION, oldExclusion, exclusion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getExamples() {
		if (examples == null) {
			examples = new EDataTypeEList<String>(String.class, this, CodebookPackage.CODE__EXAMPLES);
		}
		return examples;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getKeywords() {
		if (keywords == null) {
			keywords = new EDataTypeUniqueEList<String>(String.class, this, CodebookPackage.CODE__KEYWORDS);
		}
		return keywords;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Code> getChildren() {
		if (children == null) {
			children = new EObjectContainmentWithInverseEList<Code>(Code.class, this, CodebookPackage.CODE__CHILDREN, CodebookPackage.CODE__PARENT);
		}
		return children;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Code getParent() {
		if (eContainerFeatureID() != CodebookPackage.CODE__PARENT) return null;
		return (Code)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CodebookPackage.CODE__CHILDREN:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getChildren()).basicAdd(otherEnd, msgs);
			case CodebookPackage.CODE__PARENT:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return eBasicSetContainer(otherEnd, CodebookPackage.CODE__PARENT, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CodebookPackage.CODE__CHILDREN:
				return ((InternalEList<?>)getChildren()).basicRemove(otherEnd, msgs);
			case CodebookPackage.CODE__PARENT:
				return eBasicSetContainer(null, CodebookPackage.CODE__PARENT, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eBasicRemoveFromContainerFeature(NotificationChain msgs) {
		switch (eContainerFeatureID()) {
			case CodebookPackage.CODE__PARENT:
				return eInternalContainer().eInverseRemove(this, CodebookPackage.CODE__CHILDREN, Code.class, msgs);
		}
		return super.eBasicRemoveFromContainerFeature(msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CodebookPackage.CODE__GUID:
				return getGuid();
			case CodebookPackage.CODE__NAME:
				return getName();
			case CodebookPackage.CODE__COLOUR:
				return getColour();
			case CodebookPackage.CODE__CODABLE:
				return isCodable();
			case CodebookPackage.CODE__DEFINITION:
				return getDefinition();
			case CodebookPackage.CODE__INCLUSION:
				return getInclusion();
			case CodebookPackage.CODE__EXCLUSION:
				return getExclusion();
			case CodebookPackage.CODE__EXAMPLES:
				return getExamples();
			case CodebookPackage.CODE__KEYWORDS:
				return getKeywords();
			case CodebookPackage.CODE__CHILDREN:
				return getChildren();
			case CodebookPackage.CODE__PARENT:
				return getParent();
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
			case CodebookPackage.CODE__GUID:
				setGuid((String)newValue);
				return;
			case CodebookPackage.CODE__NAME:
				setName((String)newValue);
				return;
			case CodebookPackage.CODE__COLOUR:
				setColour((String)newValue);
				return;
			case CodebookPackage.CODE__CODABLE:
				setCodable((Boolean)newValue);
				return;
			case CodebookPackage.CODE__DEFINITION:
				setDefinition((String)newValue);
				return;
			case CodebookPackage.CODE__INCLUSION:
				setInclusion((String)newValue);
				return;
			case CodebookPackage.CODE__EXCLUSION:
				setExclusion((String)newValue);
				return;
			case CodebookPackage.CODE__EXAMPLES:
				getExamples().clear();
				getExamples().addAll((Collection<? extends String>)newValue);
				return;
			case CodebookPackage.CODE__KEYWORDS:
				getKeywords().clear();
				getKeywords().addAll((Collection<? extends String>)newValue);
				return;
			case CodebookPackage.CODE__CHILDREN:
				getChildren().clear();
				getChildren().addAll((Collection<? extends Code>)newValue);
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
			case CodebookPackage.CODE__GUID:
				setGuid(GUID_EDEFAULT);
				return;
			case CodebookPackage.CODE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case CodebookPackage.CODE__COLOUR:
				setColour(COLOUR_EDEFAULT);
				return;
			case CodebookPackage.CODE__CODABLE:
				setCodable(CODABLE_EDEFAULT);
				return;
			case CodebookPackage.CODE__DEFINITION:
				setDefinition(DEFINITION_EDEFAULT);
				return;
			case CodebookPackage.CODE__INCLUSION:
				setInclusion(INCLUSION_EDEFAULT);
				return;
			case CodebookPackage.CODE__EXCLUSION:
				setExclusion(EXCLUSION_EDEFAULT);
				return;
			case CodebookPackage.CODE__EXAMPLES:
				getExamples().clear();
				return;
			case CodebookPackage.CODE__KEYWORDS:
				getKeywords().clear();
				return;
			case CodebookPackage.CODE__CHILDREN:
				getChildren().clear();
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
			case CodebookPackage.CODE__GUID:
				return GUID_EDEFAULT == null ? guid != null : !GUID_EDEFAULT.equals(guid);
			case CodebookPackage.CODE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case CodebookPackage.CODE__COLOUR:
				return COLOUR_EDEFAULT == null ? colour != null : !COLOUR_EDEFAULT.equals(colour);
			case CodebookPackage.CODE__CODABLE:
				return codable != CODABLE_EDEFAULT;
			case CodebookPackage.CODE__DEFINITION:
				return DEFINITION_EDEFAULT == null ? definition != null : !DEFINITION_EDEFAULT.equals(definition);
			case CodebookPackage.CODE__INCLUSION:
				return INCLUSION_EDEFAULT == null ? inclusion != null : !INCLUSION_EDEFAULT.equals(inclusion);
			case CodebookPackage.CODE__EXCLUSION:
				return EXCLUSION_EDEFAULT == null ? exclusion != null : !EXCLUSION_EDEFAULT.equals(exclusion);
			case CodebookPackage.CODE__EXAMPLES:
				return examples != null && !examples.isEmpty();
			case CodebookPackage.CODE__KEYWORDS:
				return keywords != null && !keywords.isEmpty();
			case CodebookPackage.CODE__CHILDREN:
				return children != null && !children.isEmpty();
			case CodebookPackage.CODE__PARENT:
				return getParent() != null;
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
		result.append(" (guid: ");
		result.append(guid);
		result.append(", name: ");
		result.append(name);
		result.append(", colour: ");
		result.append(colour);
		result.append(", codable: ");
		result.append(codable);
		result.append(", definition: ");
		result.append(definition);
		result.append(", inclusion: ");
		result.append(inclusion);
		result.append(", exclusion: ");
		result.append(exclusion);
		result.append(", examples: ");
		result.append(examples);
		result.append(", keywords: ");
		result.append(keywords);
		result.append(')');
		return result.toString();
	}

} //CodeImpl
