package app.coachcal.web.account;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * The one sign-out address, {@code POST /signout}, that the header's plain form posts to from every page,
 * error pages included (a Faces form would post back to its own view, which an error page does not have).
 * The form carries the session's {@link SignOutToken}: a forged cross-site POST could not know it (and,
 * since the session cookie is SameSite=Lax, would not even carry the session). Without a session there is
 * nobody to sign out, so the answer is the "signed out" page all the same. {@code GET /signout} shows a
 * page with the same button, for a bookmark or a typed address. Other methods never reach it: like every
 * page, it answers them 405 through {@code KnownMethods}.
 */
@WebServlet(name = "SignOut", urlPatterns = "/signout")
public class SignOut extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String SIGNED_OUT_PAGE = "/login?signedOut=true";
    static final String CONFIRM_VIEW = "/WEB-INF/account/sign-out.xhtml";

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        // Set before the first parameter is read, so the 403 page that Faces renders can still set it.
        request.setCharacterEncoding("UTF-8");
        HttpSession session = request.getSession(false);
        if (request.getUserPrincipal() != null && !SignOutToken.matches(session, request.getParameter("token"))) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        request.logout();
        if (session != null) {
            session.invalidate();
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + SIGNED_OUT_PAGE);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        request.getRequestDispatcher(CONFIRM_VIEW).forward(request, response);
    }
}
