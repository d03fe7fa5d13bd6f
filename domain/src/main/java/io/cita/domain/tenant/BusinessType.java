package io.cita.domain.tenant;

/** The kinds of business seed 001 allows a tenant to be. */
public enum BusinessType { RESTAURANT, CLINIC, SALON, FITNESS, SPA, DENTAL, VETERINARY, OTHER }
