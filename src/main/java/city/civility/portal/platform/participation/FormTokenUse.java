package city.civility.portal.platform.participation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A form token redeemed ({@link FormTokens}): its nonce, which may not be redeemed again. */
@Entity
@Table(name = "form_token_use")
public class FormTokenUse {

    @Id
    private String nonce;

    @Column(name = "used_at", nullable = false)
    private Instant usedAt;

    protected FormTokenUse() {
    }

    FormTokenUse(String nonce, Instant usedAt) {
        this.nonce = nonce;
        this.usedAt = usedAt;
    }
}
