package app.coachcal.persistence.sql;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a transactional service: each of its methods first names the request's signed-in caller as the
 * transaction's acting user ({@link ActingUser}), so that row-level security (V14) shows exactly that
 * person's rows, and nobody's when nobody signed in.
 *
 * <pre>{@code
 * @ApplicationScoped @Transactional @ActsForTheCaller
 * public class AuditLog { ... }
 * }</pre>
 */
@InterceptorBinding
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface ActsForTheCaller {
}
