package city.civility.portal.accounts;

import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import city.civility.portal.platform.participation.ClientAddress;

/** Checks staff credentials against the database; the roles become the caller's groups. */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

    @Inject
    AccountService accounts;

    @Inject
    SignInAttempt attempt;

    @Inject
    HttpServletRequest request;

    @Inject
    ClientAddress clientAddress;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        AccountService.SignIn result = accounts.signIn(credential.getCaller(), credential.getPassword().getValue(), clientAddress.of(request));
        attempt.record(result);
        if (result.outcome() != AccountService.SignIn.Outcome.SIGNED_IN) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(result.username(),
                result.roles().stream().map(Role::name).collect(Collectors.toSet()));
    }
}
