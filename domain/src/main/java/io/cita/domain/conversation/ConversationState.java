package io.cita.domain.conversation;

/**
 * Where a booking chat stands (seed 002's inicio, eligiendo_servicio, eligiendo_fecha, eligiendo_horario,
 * confirmando, finalizado), plus the customer looking at their own bookings.
 */
public enum ConversationState { START, CHOOSING_SERVICE, CHOOSING_DATE, CHOOSING_TIME, CONFIRMING, DONE, MY_BOOKINGS }
