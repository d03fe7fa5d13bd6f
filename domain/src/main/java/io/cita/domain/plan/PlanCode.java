package io.cita.domain.plan;

/** The plans a tenant can be on. */
public enum PlanCode { FREE, STARTER, PROFESSIONAL, ENTERPRISE }
