package io.cita.domain.shared;

/** The typed prefixes of Cita's time-ordered ids, so both stores share one id format. */
public enum IdPrefix {
    TENANT("ten_"), SERVICE("svc_"), CATEGORY("cat_"), RESOURCE("res_"), BOOKING("bkg_"), CLIENT("cli_"),
    USER("usr_"), API_KEY("key_"), CONVERSATION("conv_"), HOLD("hold_"), EXCEPTION("exc_"), EVENT("evt_"),
    SESSION("ses_"), AUDIT("aud_"), DELIVERY("dlv_"), WEBHOOK_ENDPOINT("whe_"), CALENDAR_FEED("cal_"),
    INVITATION("inv_"), CALL("call_");

    private final String prefix;

    IdPrefix(String prefix) {
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }

    /** Whether the value looks like an id of this kind (prefix plus 26 Crockford base-32 characters). */
    public boolean matches(String value) {
        return value != null && value.startsWith(prefix)
                && value.length() == prefix.length() + 26
                && value.substring(prefix.length()).matches("[0-9A-HJKMNP-TV-Z]{26}");
    }
}
