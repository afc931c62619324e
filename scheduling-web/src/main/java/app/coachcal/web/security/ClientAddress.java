package app.coachcal.web.security;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The address a request comes from, for counting failed sign-ins: the socket's remote address, never a
 * header such as {@code X-Forwarded-For}, which any client can write. Behind a proxy every request then
 * counts as the proxy's address (see docs/security.md).
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request) {
        return request.getRemoteAddr();
    }
}
