package app.coachcal.persistence.appointment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import app.coachcal.domain.time.TimeRange;

/**
 * One call (table {@code appointment}). The database derives {@code during},
 * {@code blocked} and {@code public_id} and checks every rule again; history
 * rows are written by its triggers.
 */
@Entity
@Table(name = "appointment")
public class AppointmentEntity {

    static final String BOOKED = "booked";
    // Rows are inserted by AppointmentRepository.add (native, RETURNING id); this entity changes them.
    static final String CANCELLED = "cancelled";

    @Id
    private Long id;

    @Column(name = "public_id", insertable = false, updatable = false)
    private UUID publicId;

    @Column(name = "coach_id", updatable = false)
    private long coachId;

    @Column(name = "client_id", updatable = false)
    private long clientId;

    @Column(name = "starts_at")
    private OffsetDateTime startsAt;

    @Column(name = "ends_at")
    private OffsetDateTime endsAt;

    private String status;

    @Column(name = "cancelled_at")
    private OffsetDateTime cancelledAt;

    @Column(name = "cancelled_by")
    private Long cancelledBy;

    @Column(name = "cancel_reason")
    private String cancelReason;


    protected AppointmentEntity() {
    }

    public void moveTo(TimeRange call) {
        this.startsAt = call.start().atOffset(ZoneOffset.UTC);
        this.endsAt = call.end().atOffset(ZoneOffset.UTC);
    }

    public void cancel(long byUser, OffsetDateTime at, String reason) {
        this.status = CANCELLED;
        this.cancelledBy = byUser;
        this.cancelledAt = at;
        this.cancelReason = reason;
    }

    public Long id() {
        return id;
    }

    public UUID publicId() {
        return publicId;
    }

    public long coachId() {
        return coachId;
    }

    public long clientId() {
        return clientId;
    }

    public TimeRange range() {
        return new TimeRange(startsAt.toInstant(), endsAt.toInstant());
    }

    public boolean isBooked() {
        return BOOKED.equals(status);
    }

    public String status() {
        return status;
    }

    public String cancelReason() {
        return cancelReason;
    }
}
