package io.cita.application.port.in;

import io.cita.domain.tenant.BusinessType;
import io.cita.domain.tenant.Language;
import java.time.ZoneId;
import java.util.Map;

/** The parts of a tenant its owner may change. */
public record TenantDetails(String name, BusinessType businessType, ZoneId timezone, Language locale,
                            Map<String, String> settings) {
}
