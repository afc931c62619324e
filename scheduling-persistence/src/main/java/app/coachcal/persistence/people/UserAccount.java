package app.coachcal.persistence.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A person who can sign in (table {@code app_user}); written by migrations, demo data and the admin pages. */
@Entity
@Table(name = "app_user")
public class UserAccount {

    @Id
    private Long id;

    @Column(name = "public_id", insertable = false, updatable = false)
    private UUID publicId;

    private String email;

    @Column(name = "display_name")
    private String displayName;

    @Column(name = "time_zone")
    private String timeZone;

    @Column(name = "password_hash")
    private String passwordHash;

    protected UserAccount() {
    }

    public Long id() {
        return id;
    }

    public UUID publicId() {
        return publicId;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public String timeZone() {
        return timeZone;
    }

    public String passwordHash() {
        return passwordHash;
    }
}
