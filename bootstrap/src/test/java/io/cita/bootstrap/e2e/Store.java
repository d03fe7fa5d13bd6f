package io.cita.bootstrap.e2e;

/** The stores every end-to-end scenario runs against. */
enum Store { POSTGRES, DYNAMODB }
