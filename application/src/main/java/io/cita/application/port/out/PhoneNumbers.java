package io.cita.application.port.out;

import io.cita.domain.shared.PhoneNumber;
import java.util.Optional;

/** Outgoing port that reads a phone number as people write it ("0991234567", "+34 612 34 56 78"). */
public interface PhoneNumbers {
    /** The number {@code text} names, read in {@code country} (ISO 3166-1 alpha-2) unless it has its own prefix. */
    Optional<PhoneNumber> parse(String text, String country);
}
