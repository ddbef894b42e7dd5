package chokepoint.paip.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One call to designation-lists that a committed package owes. {@link #id} is the idempotency key
 * (for a create, the intent key "paip:{package}:{measure}"), so a row exists once per effect.
 */
@Entity
@Table(name = "outbox")
public class OutboxEntity {

    public static final String CREATE = "CREATE_DESIGNATION";
    public static final String REMOVE_AT_SUNSET = "REMOVE_AT_SUNSET";
    public static final String REMOVE_ON_WAIVER = "REMOVE_ON_WAIVER";

    public static final String PENDING = "PENDING";
    public static final String DONE = "DONE";
    public static final String FAILED = "FAILED";
    public static final String SUPERSEDED = "SUPERSEDED";

    @Id
    public String id;
    @Column(name = "package_id", nullable = false)
    public String packageId;
    @Column(nullable = false)
    public String kind;
    /** CREATE: the chokepoint.designations.v1.Designation to create; removals: the RemoveDesignationRequest (id and request id filled at send time). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String payload;
    @Column(nullable = false)
    public String state;
    @Column(nullable = false)
    public int attempts;
    @Column(name = "last_error")
    public String lastError;
    /** The designation id once DONE. */
    @Column(name = "result_ref")
    public String resultRef;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "done_at")
    public Instant doneAt;
    @Column(nullable = false)
    public int position;
    @Column(name = "not_before")
    public LocalDate notBefore;
    /** For a removal: the create row whose designation it removes. */
    @Column(name = "depends_on")
    public String dependsOn;
    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;
}
