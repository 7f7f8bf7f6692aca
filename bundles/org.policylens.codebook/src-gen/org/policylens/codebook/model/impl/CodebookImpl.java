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

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.policylens.codebook.model.Code;
import org.policylens.codebook.model.Codebook;
import org.policylens.codebook.model.CodebookPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Codebook</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.policylens.codebook.model.impl.CodebookImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.policylens.codebook.model.impl.CodebookImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.policylens.codebook.model.impl.CodebookImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.policylens.codebook.model.impl.CodebookImpl#getSource <em>Source</em>}</li>
 *   <li>{@link org.policylens.codebook.model.impl.CodebookImpl#getLanguage <em>Language</em>}</li>
 *   <li>{@link org.policylens.codebook.model.impl.CodebookImpl#getVersion <em>Version</em>}</li>
 *   <li>{@link org.policylens.codebook.model.impl.CodebookImpl#getOrigin <em>Origin</em>}</li>
 *   <li>{@link org.policylens.codebook.model.impl.CodebookImpl#getExchangeOrigin <em>Exchange Origin</em>}</li>
 *   <li>{@link org.policylens.codebook.model.impl.CodebookImpl#getCodes <em>Codes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CodebookImpl extends MinimalEObjectImpl.Container implements Codebook {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

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
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected String source = SOURCE_EDEFAULT;

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
	 * The default value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected static final int VERSION_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected int version = VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getOrigin() <em>Origin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrigin()
	 * @generated
	 * @ordered
	 */
	protected static final String ORIGIN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOrigin() <em>Origin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrigin()
	 * @generated
	 * @ordered
	 */
	protected String origin = ORIGIN_EDEFAULT;

	/**
	 * The default value of the '{@link #getExchangeOrigin() <em>Exchange Origin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExchangeOrigin()
	 * @generated
	 * @ordered
	 */
	protected static final String EXCHANGE_ORIGIN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExchangeOrigin() <em>Exchange Origin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExchangeOrigin()
	 * @generated
	 * @ordered
	 */
	protected String exchangeOrigin = EXCHANGE_ORIGIN_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCodes() <em>Codes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCodes()
	 * @generated
	 * @ordered
	 */
	protected EList<Code> codes;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CodebookImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CodebookPackage.Literals.CODEBOOK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CodebookPackage.CODEBOOK__ID, oldId, id));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CodebookPackage.CODEBOOK__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CodebookPackage.CODEBOOK__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(String newSource) {
		String oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CodebookPackage.CODEBOOK__SOURCE, oldSource, source));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CodebookPackage.CODEBOOK__LANGUAGE, oldLanguage, language));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getVersion() {
		return version;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVersion(int newVersion) {
		int oldVersion = version;
		version = newVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CodebookPackage.CODEBOOK__VERSION, oldVersion, version));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOrigin() {
		return origin;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrigin(String newOrigin) {
		String oldOrigin = origin;
		origin = newOrigin;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CodebookPackage.CODEBOOK__ORIGIN, oldOrigin, origin));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getExchangeOrigin() {
		return exchangeOrigin;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExchangeOrigin(String newExchangeOrigin) {
		String oldExchangeOrigin = exchangeOrigin;
		exchangeOrigin = newExchangeOrigin;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CodebookPackage.CODEBOOK__EXCHANGE_ORIGIN, oldExchangeOrigin, exchangeOrigin));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Code> getCodes() {
		if (codes == null) {
			codes = new EObjectContainmentEList<Code>(Code.class, this, CodebookPackage.CODEBOOK__CODES);
		}
		return codes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CodebookPackage.CODEBOOK__CODES:
				return ((InternalEList<?>)getCodes()).basicRemove(otherEnd, msgs);
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
			case CodebookPackage.CODEBOOK__ID:
				return getId();
			case CodebookPackage.CODEBOOK__NAME:
				return getName();
			case CodebookPackage.CODEBOOK__DESCRIPTION:
				return getDescription();
			case CodebookPackage.CODEBOOK__SOURCE:
				return getSource();
			case CodebookPackage.CODEBOOK__LANGUAGE:
				return getLanguage();
			case CodebookPackage.CODEBOOK__VERSION:
				return getVersion();
			case CodebookPackage.CODEBOOK__ORIGIN:
				return getOrigin();
			case CodebookPackage.CODEBOOK__EXCHANGE_ORIGIN:
				return getExchangeOrigin();
			case CodebookPackage.CODEBOOK__CODES:
				return getCodes();
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
			case CodebookPackage.CODEBOOK__ID:
				setId((String)newValue);
				return;
			case CodebookPackage.CODEBOOK__NAME:
				setName((String)newValue);
				return;
			case CodebookPackage.CODEBOOK__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case CodebookPackage.CODEBOOK__SOURCE:
				setSource((String)newValue);
				return;
			case CodebookPackage.CODEBOOK__LANGUAGE:
				setLanguage((String)newValue);
				return;
			case CodebookPackage.CODEBOOK__VERSION:
				setVersion((Integer)newValue);
				return;
			case CodebookPackage.CODEBOOK__ORIGIN:
				setOrigin((String)newValue);
				return;
			case CodebookPackage.CODEBOOK__EXCHANGE_ORIGIN:
				setExchangeOrigin((String)newValue);
				return;
			case CodebookPackage.CODEBOOK__CODES:
				getCodes().clear();
				getCodes().addAll((Collection<? extends Code>)newValue);
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
			case CodebookPackage.CODEBOOK__ID:
				setId(ID_EDEFAULT);
				return;
			case CodebookPackage.CODEBOOK__NAME:
				setName(NAME_EDEFAULT);
				return;
			case CodebookPackage.CODEBOOK__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case CodebookPackage.CODEBOOK__SOURCE:
				setSource(SOURCE_EDEFAULT);
				return;
			case CodebookPackage.CODEBOOK__LANGUAGE:
				setLanguage(LANGUAGE_EDEFAULT);
				return;
			case CodebookPackage.CODEBOOK__VERSION:
				setVersion(VERSION_EDEFAULT);
				return;
			case CodebookPackage.CODEBOOK__ORIGIN:
				setOrigin(ORIGIN_EDEFAULT);
				return;
			case CodebookPackage.CODEBOOK__EXCHANGE_ORIGIN:
				setExchangeOrigin(EXCHANGE_ORIGIN_EDEFAULT);
				return;
			case CodebookPackage.CODEBOOK__CODES:
				getCodes().clear();
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
			case CodebookPackage.CODEBOOK__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case CodebookPackage.CODEBOOK__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case CodebookPackage.CODEBOOK__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case CodebookPackage.CODEBOOK__SOURCE:
				return SOURCE_EDEFAULT == null ? source != null : !SOURCE_EDEFAULT.equals(source);
			case CodebookPackage.CODEBOOK__LANGUAGE:
				return LANGUAGE_EDEFAULT == null ? language != null : !LANGUAGE_EDEFAULT.equals(language);
			case CodebookPackage.CODEBOOK__VERSION:
				return version != VERSION_EDEFAULT;
			case CodebookPackage.CODEBOOK__ORIGIN:
				return ORIGIN_EDEFAULT == null ? origin != null : !ORIGIN_EDEFAULT.equals(origin);
			case CodebookPackage.CODEBOOK__EXCHANGE_ORIGIN:
				return EXCHANGE_ORIGIN_EDEFAULT == null ? exchangeOrigin != null : !EXCHANGE_ORIGIN_EDEFAULT.equals(exchangeOrigin);
			case CodebookPackage.CODEBOOK__CODES:
				return codes != null && !codes.isEmpty();
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
		result.append(" (id: ");
		result.append(id);
		result.append(", name: ");
		result.append(name);
		result.append(", description: ");
		result.append(description);
		result.append(", source: ");
		result.append(source);
		result.append(", language: ");
		result.append(language);
		result.append(", version: ");
		result.append(version);
		result.append(", origin: ");
		result.append(origin);
		result.append(", exchangeOrigin: ");
		result.append(exchangeOrigin);
		result.append(')');
		return result.toString();
	}

} //CodebookImpl
