/**
 * Copyright (c) 2026 PolicyLens contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 (https://www.eclipse.org/legal/epl-2.0).
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from model/coding.genmodel: do not edit, regenerate (see BUILDING.md).
 */
package org.policylens.coding.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.policylens.coding.model.Coder;
import org.policylens.coding.model.Coding;
import org.policylens.coding.model.CodingPackage;
import org.policylens.coding.model.Codings;

import org.policylens.study.model.impl.StudyPartImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Codings</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.policylens.coding.model.impl.CodingsImpl#getCoders <em>Coders</em>}</li>
 *   <li>{@link org.policylens.coding.model.impl.CodingsImpl#getCodings <em>Codings</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CodingsImpl extends StudyPartImpl implements Codings {
	/**
	 * The cached value of the '{@link #getCoders() <em>Coders</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCoders()
	 * @generated
	 * @ordered
	 */
	protected EList<Coder> coders;

	/**
	 * The cached value of the '{@link #getCodings() <em>Codings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCodings()
	 * @generated
	 * @ordered
	 */
	protected EList<Coding> codings;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CodingsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CodingPackage.Literals.CODINGS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Coder> getCoders() {
		if (coders == null) {
			coders = new EObjectContainmentEList<Coder>(Coder.class, this, CodingPackage.CODINGS__CODERS);
		}
		return coders;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Coding> getCodings() {
		if (codings == null) {
			codings = new EObjectContainmentEList<Coding>(Coding.class, this, CodingPackage.CODINGS__CODINGS);
		}
		return codings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CodingPackage.CODINGS__CODERS:
				return ((InternalEList<?>)getCoders()).basicRemove(otherEnd, msgs);
			case CodingPackage.CODINGS__CODINGS:
				return ((InternalEList<?>)getCodings()).basicRemove(otherEnd, msgs);
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
			case CodingPackage.CODINGS__CODERS:
				return getCoders();
			case CodingPackage.CODINGS__CODINGS:
				return getCodings();
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
			case CodingPackage.CODINGS__CODERS:
				getCoders().clear();
				getCoders().addAll((Collection<? extends Coder>)newValue);
				return;
			case CodingPackage.CODINGS__CODINGS:
				getCodings().clear();
				getCodings().addAll((Collection<? extends Coding>)newValue);
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
			case CodingPackage.CODINGS__CODERS:
				getCoders().clear();
				return;
			case CodingPackage.CODINGS__CODINGS:
				getCodings().clear();
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
			case CodingPackage.CODINGS__CODERS:
				return coders != null && !coders.isEmpty();
			case CodingPackage.CODINGS__CODINGS:
				return codings != null && !codings.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //CodingsImpl
