package io.cita.application.port.in;

import io.cita.domain.tenant.BusinessType;
import io.cita.domain.tenant.Language;
import io.cita.domain.tenant.Slug;
import io.cita.domain.shared.EmailAddress;
import java.time.ZoneId;

/** A new business and its owner. */
public record SignUpCommand(Slug slug, String name, BusinessType businessType, ZoneId timezone, String country,
                            String currency, Language locale, EmailAddress ownerEmail, String ownerPassword,
                            String ownerFirstName, String ownerLastName) {
    public SignUpCommand {
        if (ownerPassword == null || ownerPassword.length() < 8 || ownerPassword.length() > 72) {
            throw new io.cita.application.error.InvalidRequestException("owner.password", "must be 8-72 characters");
        }
    }
}
