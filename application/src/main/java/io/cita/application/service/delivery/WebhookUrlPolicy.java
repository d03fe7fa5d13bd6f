package io.cita.application.service.delivery;

import io.cita.application.error.InvalidRequestException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Which URLs a tenant may point a webhook at: https only, and never a loopback, private, link-local or otherwise
 * internal address (no request from Cita into its own network); a deployment's tests may allow plain http to private
 * addresses.
 */
public final class WebhookUrlPolicy {
    private final boolean allowPrivateHttp;

    public WebhookUrlPolicy(boolean allowPrivateHttp) {
        this.allowPrivateHttp = allowPrivateHttp;
    }

    /** Whether a webhook may be posted to {@code url} now: checked again before every call, as DNS answers change. */
    public boolean allows(String url) {
        try {
            check("url", url);
            return true;
        } catch (InvalidRequestException refused) {
            return false;
        }
    }

    /** The URL when it may be used; a 400 naming {@code field} otherwise. */
    public String check(String field, String url) {
        URI uri;
        try {
            uri = new URI(url == null ? "" : url.trim());
        } catch (URISyntaxException e) {
            throw new InvalidRequestException(field, "must be an absolute https URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("https") || allowPrivateHttp && scheme.equals("http"))
                || uri.getUserInfo() != null || url.length() > 2000) {
            throw new InvalidRequestException(field, "must be an absolute https URL");
        }
        if (!allowPrivateHttp && internal(field, uri.getHost())) {
            throw new InvalidRequestException(field, "must not point at a loopback, private or link-local address");
        }
        return uri.toString();
    }

    private static boolean internal(String field, String host) {
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                        || address.isAnyLocalAddress() || address.isMulticastAddress() || uniqueLocal(address)) {
                    return true;
                }
            }
            return false;
        } catch (UnknownHostException e) {
            throw new InvalidRequestException(field, "names a host that does not resolve");
        }
    }

    /** IPv6 unique local addresses (fc00::/7), which isSiteLocalAddress does not cover. */
    private static boolean uniqueLocal(InetAddress address) {
        byte[] bytes = address.getAddress();
        return bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc;
    }
}
