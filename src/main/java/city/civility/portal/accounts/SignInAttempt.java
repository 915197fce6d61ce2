package city.civility.portal.accounts;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;

/**
 * Carries the outcome of this request's sign-in from the identity store back to
 * the sign-in page, which must tell "locked" apart from "wrong password".
 */
@RequestScoped
public class SignInAttempt {

    private AccountService.SignIn result;

    void record(AccountService.SignIn result) {
        this.result = result;
    }

    public Optional<AccountService.SignIn> result() {
        return Optional.ofNullable(result);
    }
}
