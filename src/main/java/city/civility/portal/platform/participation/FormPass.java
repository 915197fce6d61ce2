package city.civility.portal.platform.participation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What a public POST carries to be let through ({@link FormTokens}): its token, the answer
 * to the token's challenge, and the visitor sending it. Forms name the fields {@code token}
 * and {@code answer}; the script of public forms fills them.
 */
public record FormPass(String token, String answer, String visitor) {

    /** The token and answer sent, from the visitor of this request (a new visitor cookie is set if they have none). */
    public static FormPass of(String token, String answer, HttpServletRequest request, HttpServletResponse response) {
        return new FormPass(token, answer, VisitorCookie.of(request, response));
    }
}
